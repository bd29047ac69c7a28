import type { Kpi } from '../entities/kpi.ts';
import { dayNumber, isIsoDate } from '../model/dates.ts';
import { resolve, type Plan } from '../model/plan.ts';
import type { Rag } from './rag.ts';

export const KPI_RAG_LABELS: Record<Rag, string> = { green: 'On track', amber: 'Slightly behind', red: 'Off track' };

/** Amber covers a shortfall of up to this share of the whole planned change (baseline to final target). */
export const KPI_AMBER_TOLERANCE = 0.1;

export type KpiRagReason = 'no-dated-targets' | 'no-direction' | 'nothing-due' | 'no-current-value';

export interface KpiStatus {
  /** Null when the KPI cannot be judged; `reason` says why. */
  rag: Rag | null;
  /** The value the plan expects by the date. */
  expected: number | null;
  /** Whether the plan wants the value to go up or down. */
  direction: 'up' | 'down' | null;
  reason: KpiRagReason | null;
}

/**
 * The RAG status of a KPI on a date (ISO). The expected value is the target of the latest milestone due on or
 * before the date (the baseline before the first one); targets at milestones without a due date are ignored.
 * The direction runs from the first to the last known value of baseline, milestone targets by date, and
 * final target. Green: at or beyond the expected value in that direction; amber: short of it by at most
 * KPI_AMBER_TOLERANCE of the planned change; red: further short.
 */
export function kpiRagAt(kpi: Kpi, plan: Plan, date: string): KpiStatus {
  const status = (fields: Partial<KpiStatus>): KpiStatus => ({ rag: null, expected: null, direction: null, reason: null, ...fields });
  const points = kpi.targets
    .flatMap((target) => {
      const due = resolve(plan, target.milestone, 'milestone')?.due;
      return isIsoDate(due) ? [{ day: dayNumber(due), value: target.value }] : [];
    })
    .sort((a, b) => a.day - b.day);
  if (points.length === 0) return status({ reason: 'no-dated-targets' });
  const known = [kpi.baseline, ...points.map((point) => point.value), kpi.target].filter((value) => value !== null);
  const change = known[known.length - 1]! - known[0]!;
  if (change === 0) return status({ reason: 'no-direction' });
  const direction = change > 0 ? 'up' : 'down';
  const day = dayNumber(date);
  const expected = points.filter((point) => point.day <= day).pop()?.value ?? kpi.baseline;
  if (expected === null) return status({ direction, reason: 'nothing-due' });
  if (kpi.current === null) return status({ expected, direction, reason: 'no-current-value' });
  const shortfall = (expected - kpi.current) * Math.sign(change);
  const rag = shortfall <= 0 ? 'green' : shortfall <= KPI_AMBER_TOLERANCE * Math.abs(change) ? 'amber' : 'red';
  return status({ rag, expected, direction });
}
