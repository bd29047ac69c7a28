import { isIsoDate, KPI_RAG_LABELS, kpiRagAt, type Kpi, type KpiKind, type KpiStatus, type Plan } from '@roundtable/shared';

export interface DatedMilestone {
  id: string;
  title: string;
  due: string;
}

/** Milestones with a due date, earliest first: the points where KPI targets count. */
export function datedMilestones(plan: Plan): DatedMilestone[] {
  const list: DatedMilestone[] = [];
  for (const [id, entity] of plan.entities) {
    if (entity.type === 'milestone' && isIsoDate(entity.due)) list.push({ id, title: entity.title || 'Untitled milestone', due: entity.due });
  }
  return list.sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}

/** The KPIs of one kind, by name. */
export function kpisOfKind(plan: Plan, kind: KpiKind): [string, Kpi][] {
  const rows: [string, Kpi][] = [];
  for (const [id, entity] of plan.entities) if (entity.type === 'kpi' && entity.kind === kind) rows.push([id, entity]);
  return rows.sort(([a, x], [b, y]) => x.name.localeCompare(y.name) || a.localeCompare(b));
}

const REASONS: Record<NonNullable<KpiStatus['reason']>, string> = {
  'no-dated-targets': 'No targets at dated milestones',
  'no-direction': 'Targets set no direction',
  'nothing-due': 'Nothing expected yet',
  'no-current-value': 'No current value',
};

/** A KPI's status on a date in words, e.g. "On track (green)", or why it cannot be judged. */
export function kpiStatusText(status: KpiStatus): string {
  if (status.rag) return `${KPI_RAG_LABELS[status.rag]} (${status.rag})`;
  return status.reason ? REASONS[status.reason] : 'Not judged';
}

export function kpiStatusOn(kpi: Kpi, plan: Plan, date: string): { text: string; rag: KpiStatus['rag']; expected: number | null } {
  const status = kpiRagAt(kpi, plan, date);
  return { text: kpiStatusText(status), rag: status.rag, expected: status.expected };
}

/** The KPI's targets with the value at one milestone set (or removed, for null); other targets keep their order. */
export function withMilestoneTarget(kpi: Kpi, milestone: string, value: number | null): Kpi['targets'] {
  const others = kpi.targets.filter((target) => target.milestone !== milestone);
  if (value === null) return others;
  const index = kpi.targets.findIndex((target) => target.milestone === milestone);
  const next = { milestone, value };
  if (index === -1) return [...others, next];
  return kpi.targets.map((target) => (target.milestone === milestone ? next : target));
}

/** Today as a calendar date in this person's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "3 Mar 2026" for a calendar date, without time-zone shifts. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
