import {
  entityName, PHASE_LABELS, PHASES, resolve, spanOf, type Activity, type Milestone, type Plan, type PlanningColor, type Span,
} from '@roundtable/shared';

export interface TimelineItem {
  id: string;
  entity: Milestone | Activity;
  span: Span;
}

export interface TimelineGroup {
  key: string;
  label: string;
  /** "Design phase", for a workstream. */
  phase: string | null;
  /** Position of the workstream's phase in the programme (set up first, sustain last); rows follow it. */
  phaseIndex: number;
  color: PlanningColor;
  items: TimelineItem[];
}

export const HEADER_HEIGHT = 30;
export const ROW_HEIGHT = 36;

/**
 * Dated activities and milestones grouped by workstream (workstreams in programme-phase order, then by name,
 * then those with none), each group in date order. Undated ones are listed apart, for people to give dates.
 */
export function timelineGroups(plan: Plan): { groups: TimelineGroup[]; undated: { id: string; name: string }[] } {
  const groups = new Map<string, TimelineGroup>();
  for (const [id, entity] of plan.entities) {
    if (entity.type !== 'workstream') continue;
    const label = entity.name.trim() || '(untitled workstream)';
    const phase = `${PHASE_LABELS[entity.phase]} phase`;
    groups.set(id, { key: id, label, phase, phaseIndex: PHASES.indexOf(entity.phase), color: entity.color, items: [] });
  }
  const loose: TimelineGroup = { key: '', label: 'No workstream', phase: null, phaseIndex: PHASES.length, color: 'grey', items: [] };
  const undated: { id: string; name: string }[] = [];
  for (const [id, entity] of plan.entities) {
    if (entity.type !== 'milestone' && entity.type !== 'activity') continue;
    const span = spanOf(entity);
    if (!span) {
      undated.push({ id, name: entityName(entity).trim() || '(untitled)' });
      continue;
    }
    const group = resolve(plan, entity.workstream, 'workstream') ? groups.get(entity.workstream!)! : loose;
    group.items.push({ id, entity, span });
  }
  const ordered = [...groups.values()].sort(
    (a, b) => a.phaseIndex - b.phaseIndex || a.label.localeCompare(b.label) || a.key.localeCompare(b.key),
  );
  if (loose.items.length > 0) ordered.push(loose);
  for (const group of ordered) {
    group.items.sort((a, b) => a.span.start - b.span.start || a.span.finish - b.span.finish || a.id.localeCompare(b.id));
  }
  return { groups: ordered, undated };
}

/** The vertical centre of every item's row, and the top of every group header. */
export function rowPositions(groups: readonly TimelineGroup[], top: number) {
  const items = new Map<string, number>();
  const headers = new Map<string, number>();
  let y = top;
  for (const group of groups) {
    headers.set(group.key, y);
    y += HEADER_HEIGHT;
    for (const item of group.items) {
      items.set(item.id, y + ROW_HEIGHT / 2);
      y += ROW_HEIGHT;
    }
  }
  return { items, headers, height: y };
}
