import { addDays, type Activity, type Milestone } from '@roundtable/shared';

/** move: both dates of an activity; end: only its end (never before its start); due: a milestone's date. */
export type DragMode = 'move' | 'end' | 'due';

export type DatePatch = { start?: string; end?: string; due?: string };

/** The dates an item gets when dragged by whole days from its dates at the start of the drag. */
export function draggedDates(entity: Milestone | Activity, mode: DragMode, days: number): DatePatch | null {
  if (entity.type === 'milestone') return entity.due ? { due: addDays(entity.due, days) } : null;
  if (!entity.start || !entity.end) return null;
  if (mode === 'end') {
    const end = addDays(entity.end, days);
    return { end: end < entity.start ? entity.start : end };
  }
  return { start: addDays(entity.start, days), end: addDays(entity.end, days) };
}
