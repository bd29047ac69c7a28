import type { ScenarioId } from '../scenarios/scenario.ts';
import type { ServerName } from '../servers/server-kind.ts';
import type { Spread } from '../stats.ts';
import { spreadOf, type RowResult, type RunRecord } from './summary.ts';
import { DETAIL_FIGURES } from './targets.ts';

export interface ServerColumn {
  name: ServerName;
  label: string;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const size = Math.abs(value);
  return value.toFixed(size >= 100 || Number.isInteger(value) ? 0 : size >= 10 ? 1 : 2);
}

/** "median [min–max]", or just the value when there was one round. */
export function formatSpread(value: Spread | undefined): string {
  if (!value || value.median === null) return value ? 'n/a' : '';
  const present = value.values.filter((v) => v !== null).length;
  if (present <= 1 || value.min === value.max) return formatNumber(value.median);
  return `${formatNumber(value.median)} [${formatNumber(value.min)}–${formatNumber(value.max)}]`;
}

function render(header: string[], lines: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => (line[i] ?? '').length)));
  const row = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ').trimEnd();
  return [row(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(row)].join('\n');
}

/** The key figures, Roundtable / anchor and whether each target is met. */
export function keyTable(rows: RowResult[], servers: ServerColumn[], lost: Partial<Record<ServerName, number>>): string {
  const header = ['figure', 'unit', ...servers.map((s) => s.label), 'RT / anchor', 'target', 'met?'];
  const lines = rows.map((row) => [
    row.label,
    row.unit,
    ...servers.map((s) => formatSpread(row.values[s.name])),
    row.ratio === null ? '' : `${row.ratio.toFixed(2)}× ${row.anchor === 'hocuspocus' ? 'hp' : 'yws'}`,
    row.target,
    row.met === null ? (row.target ? 'n/a' : '') : row.met ? 'met' : 'NOT MET',
  ]);
  const lostEverywhere = Object.values(lost).every((n) => n === 0);
  lines.push(['lost updates (all scenarios, all rounds)', 'updates', ...servers.map((s) => formatNumber(lost[s.name])), '', '= 0 everywhere', lostEverywhere ? 'met' : 'NOT MET']);
  return render(header, lines);
}

/** Secondary figures per scenario and server: medians over rounds. */
export function detailTable(runs: RunRecord[], servers: ServerColumn[]): string {
  const scenarios = [...new Set(runs.map((run) => run.scenario))].sort() as ScenarioId[];
  const header = ['scenario', 'server', ...DETAIL_FIGURES.map((d) => d.label), 'failed'];
  const lines: string[][] = [];
  for (const scenario of scenarios) {
    for (const server of servers) {
      const mine = runs.filter((run) => run.scenario === scenario && run.server === server.name);
      if (mine.length === 0) continue;
      const failed = mine.filter((run) => !run.ok).length;
      lines.push([
        scenario,
        server.label,
        ...DETAIL_FIGURES.map((d) => formatNumber(spreadOf(runs, scenario, server.name, d.figure)?.median)),
        failed ? `${failed}/${mine.length}` : '',
      ]);
    }
  }
  return render(header, lines);
}
