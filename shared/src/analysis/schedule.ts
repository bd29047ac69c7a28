import type { DependencyKind } from '../links/dependency.ts';
import { dayNumber, isIsoDate } from '../model/dates.ts';
import type { Plan } from '../model/plan.ts';
import type { Entity } from '../model/registry.ts';

/** Planned dates as day numbers (days since 1970-01-01). A milestone starts and finishes on its due date. */
export interface Span {
  start: number;
  finish: number;
}

/**
 * The span of a milestone (a due date) or an activity (start and end, end not before start). Undefined for
 * anything else, or when the dates are missing or inconsistent.
 */
export function spanOf(entity: Entity): Span | undefined {
  if (entity.type === 'milestone' && isIsoDate(entity.due)) {
    const day = dayNumber(entity.due);
    return { start: day, finish: day };
  }
  if (entity.type === 'activity' && isIsoDate(entity.start) && isIsoDate(entity.end) && entity.end >= entity.start) {
    return { start: dayNumber(entity.start), finish: dayNumber(entity.end) };
  }
  return undefined;
}

/** The dated milestones and activities, and the ids of those without usable dates. */
export function datedItems(plan: Plan): { spans: Map<string, Span>; undated: string[] } {
  const spans = new Map<string, Span>();
  const undated: string[] = [];
  for (const [id, entity] of plan.entities) {
    if (entity.type !== 'milestone' && entity.type !== 'activity') continue;
    const span = spanOf(entity);
    if (span) spans.set(id, span);
    else undated.push(id);
  }
  return { spans, undated };
}

/**
 * The least number of days from the start of `from` to the start of `to` that a dependency allows. Every
 * kind becomes one rule, start(to) ≥ start(from) + offset, so one forward and one backward pass serve all.
 */
export function startOffset(kind: DependencyKind, fromDuration: number, toDuration: number): number {
  switch (kind) {
    case 'finish-to-start':
      return fromDuration;
    case 'start-to-start':
      return 0;
    case 'finish-to-finish':
      return fromDuration - toDuration;
    case 'start-to-finish':
      return -toDuration;
  }
}
