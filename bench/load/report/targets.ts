import type { ScenarioId } from '../scenarios/scenario.ts';

/**
 * What a target compares Roundtable's median with: the better of the two anchors in the same run, the reference
 * server (@y/websocket-server), or a fixed limit.
 */
export type Target =
  | { against: 'best'; ratio: number }
  | { against: 'reference'; ratio: number }
  | { against: 'limit'; limit: number };

/** One line of the main table: a key figure of a scenario. */
export interface Row {
  scenario: ScenarioId;
  figure: string;
  label: string;
  unit: string;
  better: 'lower' | 'higher';
  target?: Target;
  /** Measured on Roundtable only (e.g. durability acknowledgements). */
  roundtableOnly?: boolean;
}

export const ROWS: Row[] = [
  { scenario: 'S1', figure: 'p99Ms', label: 'S1 10 writers: p99', unit: 'ms', better: 'lower' },
  { scenario: 'S2', figure: 'p99Ms', label: 'S2 200 clients: p99', unit: 'ms', better: 'lower', target: { against: 'best', ratio: 0.5 } },
  { scenario: 'S2', figure: 'ackP99DeltaMs', label: 'S2 p99 with ?ack=1 − without', unit: 'ms', better: 'lower', target: { against: 'limit', limit: 5 }, roundtableOnly: true },
  { scenario: 'S3', figure: 'p99Ms', label: 'S3 500 rooms: p99', unit: 'ms', better: 'lower' },
  { scenario: 'S3', figure: 'rssPerRoomKb', label: 'S3 RSS per room', unit: 'KiB', better: 'lower', target: { against: 'reference', ratio: 0.8 } },
  { scenario: 'S4', figure: 'reloadMs', label: 'S4 cold load after unload', unit: 'ms', better: 'lower', target: { against: 'best', ratio: 0.5 } },
  { scenario: 'S4', figure: 'restartMs', label: 'S4 cold load after restart', unit: 'ms', better: 'lower', target: { against: 'best', ratio: 0.5 } },
  { scenario: 'S5', figure: 'sustainedRate', label: 'S5 rate with p99 ≤ 50 ms', unit: 'upd/s', better: 'higher', target: { against: 'best', ratio: 2 } },
  { scenario: 'S6', figure: 'allSyncedMs', label: 'S6 storm: all synced', unit: 'ms', better: 'lower', target: { against: 'best', ratio: 0.5 } },
  { scenario: 'S7', figure: 'rssPerRoomKb', label: 'S7 idle RSS per room', unit: 'KiB', better: 'lower', target: { against: 'reference', ratio: 0.8 } },
];

/** Secondary figures printed per scenario and server (medians over rounds). */
export const DETAIL_FIGURES: { figure: string; label: string }[] = [
  { figure: 'p50Ms', label: 'p50 ms' },
  { figure: 'p95Ms', label: 'p95 ms' },
  { figure: 'maxMs', label: 'max ms' },
  { figure: 'lost', label: 'lost' },
  { figure: 'connectP50Ms', label: 'conn p50' },
  { figure: 'connectP99Ms', label: 'conn p99' },
  { figure: 'serverCpuPct', label: 'srv CPU%' },
  { figure: 'serverCpuMs', label: 'srv CPU ms' },
  { figure: 'serverCpuUsPerDelivery', label: 'srv µs/delivery' },
  { figure: 'serverPeakRssMb', label: 'srv RSS MiB' },
  { figure: 'generatorCpuPct', label: 'gen CPU%' },
];

export function targetText(target: Target | undefined, better: 'lower' | 'higher'): string {
  if (!target) return '';
  const sign = better === 'lower' ? '≤' : '≥';
  if (target.against === 'limit') return `${sign} ${target.limit}`;
  return `${sign} ${target.ratio}× ${target.against === 'best' ? 'best' : 'ref'}`;
}
