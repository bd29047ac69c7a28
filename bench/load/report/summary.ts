import type { Figures, ScenarioId } from '../scenarios/scenario.ts';
import type { ServerName } from '../servers/server-kind.ts';
import { spread, type Spread } from '../stats.ts';
import { ROWS, targetText, type Row } from './targets.ts';

/** One scenario run on one server in one round. */
export interface RunRecord {
  scenario: ScenarioId;
  server: ServerName;
  round: number;
  ok: boolean;
  error?: string;
  figures: Figures;
  details?: unknown;
  notes: string[];
  wallMs: number;
  /** The machine's 1-minute load average when the run ended: above the core count, others were competing. */
  loadAverage: number;
  /** Roundtable runs: which build ran (see roundtableBuild). */
  build?: string;
  logFile: string;
}

export const ANCHORS: ServerName[] = ['y-websocket-server', 'hocuspocus'];
export const REFERENCE: ServerName = 'y-websocket-server';

export interface RowResult {
  label: string;
  unit: string;
  values: Partial<Record<ServerName, Spread>>;
  anchor: ServerName | null;
  /** Roundtable's median / the anchor's median. */
  ratio: number | null;
  target: string;
  met: boolean | null;
}

/** Every figure of one scenario on one server, over the rounds that ran. */
export function spreadOf(runs: RunRecord[], scenario: ScenarioId, server: ServerName, figure: string): Spread | undefined {
  const mine = runs.filter((run) => run.scenario === scenario && run.server === server);
  if (mine.length === 0) return undefined;
  return spread(mine.map((run) => (run.ok ? run.figures[figure] : null)));
}

function anchorFor(row: Row, values: RowResult['values']): ServerName | null {
  if (!row.target || row.target.against === 'limit') return null;
  if (row.target.against === 'reference') return values[REFERENCE]?.median != null ? REFERENCE : null;
  const candidates = ANCHORS.filter((name) => values[name]?.median != null);
  if (candidates.length === 0) return null;
  const pick = row.better === 'lower' ? Math.min : Math.max;
  const best = pick(...candidates.map((name) => values[name]!.median!));
  return candidates.find((name) => values[name]!.median === best)!;
}

export function evaluateRow(row: Row, runs: RunRecord[], servers: ServerName[]): RowResult {
  const values: RowResult['values'] = {};
  for (const server of servers) {
    if (row.roundtableOnly && server !== 'roundtable') continue;
    const value = spreadOf(runs, row.scenario, server, row.figure);
    if (value) values[server] = value;
  }
  const ours = values.roundtable?.median ?? null;
  const anchor = anchorFor(row, values);
  const anchorValue = anchor ? values[anchor]!.median! : null;
  const ratio = ours !== null && anchorValue !== null && anchorValue !== 0 ? ours / anchorValue : null;
  let met: boolean | null = null;
  if (row.target?.against === 'limit' && ours !== null) met = row.better === 'lower' ? ours <= row.target.limit : ours >= row.target.limit;
  else if (row.target && row.target.against !== 'limit' && ratio !== null) met = row.better === 'lower' ? ratio <= row.target.ratio : ratio >= row.target.ratio;
  return { label: row.label, unit: row.unit, values, anchor, ratio, target: targetText(row.target, row.better), met };
}

export function evaluateRows(runs: RunRecord[], servers: ServerName[]): RowResult[] {
  const scenarios = new Set(runs.map((run) => run.scenario));
  return ROWS.filter((row) => scenarios.has(row.scenario)).map((row) => evaluateRow(row, runs, servers));
}

/** Lost updates per server, over every scenario and round (any figure named `lost` or `…Lost`, but not S5's last step). */
export function lostByServer(runs: RunRecord[]): Partial<Record<ServerName, number>> {
  const lost: Partial<Record<ServerName, number>> = {};
  for (const run of runs) {
    for (const [key, value] of Object.entries(run.figures)) {
      if ((key === 'lost' || key.endsWith('Lost')) && typeof value === 'number') lost[run.server] = (lost[run.server] ?? 0) + value;
    }
    lost[run.server] ??= 0;
  }
  return lost;
}
