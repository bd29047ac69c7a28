import type { GestureFigures, PageFigures } from './measure-page.ts';
import type { RunOutcome, ViewRound } from './run.ts';
import type { ViewId } from './scenarios.ts';
import { distribution, percentile, spread, type Spread } from './stats.ts';

export const TARGET_RATIO = 1.2;
export const TARGET_UPDATES_PER_FRAME = 1;
export const TARGET_BYTES_PER_UPDATE = 120;

export interface GestureSummary {
  p50: Spread;
  p95: Spread;
  p99: Spread;
  max: Spread;
  frames: Spread;
  longFrames: Spread;
  elapsedMs: Spread;
  /** Renderer main-thread CPU time per frame (CDP Performance TaskDuration / frames). */
  busyPerFrameMs: Spread;
  scriptPerFrameMs: Spread;
}

export interface SideSummary {
  openMs: Spread;
  pan: GestureSummary;
  drag: GestureSummary;
  single: GestureSummary;
}

export interface TrafficSummary {
  updates: Spread;
  frames: Spread;
  updatesPerFrame: Spread;
  bytesP50: Spread;
  bytesMax: Spread;
  valuesPerUpdate: Spread;
  /** Bytes of an update divided by the cards it moves (two values, x and y, per card). */
  bytesPerCard: Spread;
  awareness: Spread;
}

export type Verdict = 'met' | 'not met';

export interface ViewSummary {
  view: ViewId;
  cards: RunOutcome['cards'][ViewId];
  roundtable: SideSummary;
  bare: SideSummary;
  /** Roundtable ÷ bare per round. */
  ratio: { openMs: Spread; panP95: Spread; dragP95: Spread; panBusy: Spread; dragBusy: Spread };
  traffic: { drag: TrafficSummary; single: TrafficSummary };
  verdicts: { panP95: Verdict; dragP95: Verdict; updatesPerFrame: Verdict; bytesPerUpdate: Verdict };
}

const met = (ok: boolean): Verdict => (ok ? 'met' : 'not met');

function gesture(rounds: readonly GestureFigures[]): GestureSummary {
  const stats = rounds.map((g) => distribution(g.frames));
  return {
    p50: spread(stats.map((s) => s.p50)),
    p95: spread(stats.map((s) => s.p95)),
    p99: spread(stats.map((s) => s.p99)),
    max: spread(stats.map((s) => s.max)),
    frames: spread(rounds.map((g) => g.frames.length)),
    longFrames: spread(rounds.map((g) => g.longFrames.length)),
    elapsedMs: spread(rounds.map((g) => g.elapsed)),
    busyPerFrameMs: spread(rounds.map((g) => g.busy.taskMs / Math.max(1, g.frames.length))),
    scriptPerFrameMs: spread(rounds.map((g) => g.busy.scriptMs / Math.max(1, g.frames.length))),
  };
}

function side(pages: readonly PageFigures[]): SideSummary {
  return {
    openMs: spread(pages.map((p) => p.openMs)),
    pan: gesture(pages.map((p) => p.pan)),
    drag: gesture(pages.map((p) => p.drag)),
    single: gesture(pages.map((p) => p.single)),
  };
}

function traffic(rounds: readonly GestureFigures[]): TrafficSummary {
  const per = (f: (g: GestureFigures, bytes: number[]) => number) =>
    spread(rounds.map((g) => f(g, g.traffic.updates.map((u) => u.bytes))));
  return {
    updates: per((g) => g.traffic.updates.length),
    frames: per((g) => g.frames.length),
    updatesPerFrame: per((g) => g.traffic.updates.length / Math.max(1, g.frames.length)),
    bytesP50: per((_, bytes) => percentile(bytes, 50)),
    bytesMax: per((_, bytes) => (bytes.length ? Math.max(...bytes) : Number.NaN)),
    valuesPerUpdate: per((g) => percentile(g.traffic.updates.map((u) => u.values), 50)),
    bytesPerCard: per((g) => percentile(g.traffic.updates.map((u) => u.bytes / Math.max(1, u.values / 2)), 50)),
    awareness: per((g) => g.traffic.awareness),
  };
}

const ratios = (rounds: readonly ViewRound[], pick: (p: PageFigures) => number) =>
  spread(rounds.map((r) => pick(r.roundtable) / pick(r.bare)));

export function summarise(outcome: RunOutcome): ViewSummary[] {
  const views = [...new Set(outcome.rounds.map((r) => r.view))];
  return views.map((view) => {
    const rounds = outcome.rounds.filter((r) => r.view === view);
    const p95 = (g: GestureFigures) => percentile(g.frames, 95);
    const busy = (g: GestureFigures) => g.busy.taskMs / Math.max(1, g.frames.length);
    const ratio = {
      openMs: ratios(rounds, (p) => p.openMs),
      panP95: ratios(rounds, (p) => p95(p.pan)),
      dragP95: ratios(rounds, (p) => p95(p.drag)),
      panBusy: ratios(rounds, (p) => busy(p.pan)),
      dragBusy: ratios(rounds, (p) => busy(p.drag)),
    };
    const drag = traffic(rounds.map((r) => r.roundtable.drag));
    const single = traffic(rounds.map((r) => r.roundtable.single));
    return {
      view,
      cards: outcome.cards[view],
      roundtable: side(rounds.map((r) => r.roundtable)),
      bare: side(rounds.map((r) => r.bare)),
      ratio,
      traffic: { drag, single },
      verdicts: {
        panP95: met(ratio.panP95.median <= TARGET_RATIO),
        dragP95: met(ratio.dragP95.median <= TARGET_RATIO),
        updatesPerFrame: met(Math.max(drag.updatesPerFrame.max, single.updatesPerFrame.max) <= TARGET_UPDATES_PER_FRAME),
        bytesPerUpdate: met(single.bytesMax.max <= TARGET_BYTES_PER_UPDATE && drag.bytesPerCard.max <= TARGET_BYTES_PER_UPDATE),
      },
    };
  });
}

/** Something was measured on both pages of every view, and the drags sent updates. */
export function measuredEverything(outcome: RunOutcome): string[] {
  const problems: string[] = [];
  for (const round of outcome.rounds) {
    for (const page of [round.roundtable, round.bare]) {
      for (const name of ['pan', 'drag', 'single'] as const) {
        if (page[name].frames.length === 0) problems.push(`${round.view} ${page.side} ${name}: no frames`);
      }
      if (!Number.isFinite(page.openMs)) problems.push(`${round.view} ${page.side}: no open time`);
    }
    if (round.roundtable.drag.traffic.updates.length === 0) problems.push(`${round.view}: the drag sent no update`);
  }
  if (outcome.rounds.length === 0) problems.push('no round ran');
  return problems;
}
