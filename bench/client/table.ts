import type { Spread } from './stats.ts';
import { TARGET_BYTES_PER_UPDATE, TARGET_RATIO, TARGET_UPDATES_PER_FRAME, type GestureSummary, type ViewSummary } from './summary.ts';

const number = (n: number, digits?: number) =>
  !Number.isFinite(n) ? '–' : n.toLocaleString('en-GB', { maximumFractionDigits: digits ?? (Math.abs(n) >= 10 ? 0 : Math.abs(n) >= 1 ? 1 : 2) });

/** "median (min–max)", or just the value when every round gave the same. */
function cell(s: Spread, digits?: number, suffix = ''): string {
  const median = number(s.median, digits) + suffix;
  return s.min === s.max ? median : `${median} (${number(s.min, digits)}–${number(s.max, digits)})`;
}

function rows(table: string[][]): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]?.length ?? 0)));
  return table.map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

function gestureRows(name: string, rt: GestureSummary, bare: GestureSummary): string[][] {
  return [
    [`${name} frame p50 (ms)`, cell(rt.p50), cell(bare.p50)],
    [`${name} frame p95 (ms)`, cell(rt.p95), cell(bare.p95)],
    [`${name} frame p99 (ms)`, cell(rt.p99), cell(bare.p99)],
    [`${name} frame max (ms)`, cell(rt.max), cell(bare.max)],
    [`${name} frames / long (>50 ms)`, `${cell(rt.frames)} / ${cell(rt.longFrames)}`, `${cell(bare.frames)} / ${cell(bare.longFrames)}`],
    [`${name} main-thread CPU per frame (ms)`, cell(rt.busyPerFrameMs, 1), cell(bare.busyPerFrameMs, 1)],
    [`${name} gesture wall time (ms)`, cell(rt.elapsedMs), cell(bare.elapsedMs)],
  ];
}

export function formatView(s: ViewSummary, rounds: number): string {
  const head = `${s.view} — ${number(s.cards.count)} cards, ${s.cards.block} dragged together, ${number(s.cards.edges)} arrows; ${rounds} round${rounds > 1 ? 's' : ''}, median (min–max)`;
  const figures = rows([
    ['figure', 'Roundtable', 'bare React Flow'],
    ['open: navigation → all cards (ms)', cell(s.roundtable.openMs), cell(s.bare.openMs)],
    ...gestureRows('pan', s.roundtable.pan, s.bare.pan),
    ...gestureRows(`${s.cards.block}-card drag`, s.roundtable.drag, s.bare.drag),
    ...gestureRows('1-card drag', s.roundtable.single, s.bare.single),
  ]);
  const t = s.traffic;
  const traffic = rows([
    ['drag traffic (Roundtable)', `${s.cards.block}-card drag`, '1-card drag'],
    ['document updates sent', cell(t.drag.updates), cell(t.single.updates)],
    ['updates per animation frame', cell(t.drag.updatesPerFrame, 2), cell(t.single.updatesPerFrame, 2)],
    ['bytes per update p50 / max', `${cell(t.drag.bytesP50)} / ${cell(t.drag.bytesMax)}`, `${cell(t.single.bytesP50)} / ${cell(t.single.bytesMax)}`],
    ['values per update (x, y per card)', cell(t.drag.valuesPerUpdate), cell(t.single.valuesPerUpdate)],
    ['bytes per moved card', cell(t.drag.bytesPerCard, 1), cell(t.single.bytesPerCard, 1)],
    ['awareness messages (not counted above)', cell(t.drag.awareness), cell(t.single.awareness)],
  ]);
  const targets = rows([
    ['target', 'figure', 'verdict'],
    [`pan p95 ≤ ${TARGET_RATIO}× bare`, cell(s.ratio.panP95, 2, '×'), s.verdicts.panP95],
    [`drag p95 ≤ ${TARGET_RATIO}× bare`, cell(s.ratio.dragP95, 2, '×'), s.verdicts.dragP95],
    [`≤ ${TARGET_UPDATES_PER_FRAME} update per animation frame`, `${cell(t.drag.updatesPerFrame, 2)} / ${cell(t.single.updatesPerFrame, 2)}`, s.verdicts.updatesPerFrame],
    [`≤ ${TARGET_BYTES_PER_UPDATE} bytes per update (1 card; per card when many)`, `${cell(t.single.bytesMax)} / ${cell(t.drag.bytesPerCard, 1)}`, s.verdicts.bytesPerUpdate],
    ['(CPU per frame, Roundtable ÷ bare: pan / drag)', `${cell(s.ratio.panBusy, 2, '×')} / ${cell(s.ratio.dragBusy, 2, '×')}`, ''],
  ]);
  return `${head}\n\n${figures}\n\n${traffic}\n\n${targets}\n`;
}
