import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createActivity, createMilestone, readPlan, type Activity, type Milestone } from '@roundtable/shared';
import { draggedDates, type DatePatch } from '../../src/views/timeline/date-drag.ts';
import { EntityPatchWriter } from '../../src/lib/entity-patch-writer.ts';
import { UndoHistory } from '../../src/undo.ts';
import { manualFrames } from '../helpers/frames.ts';
import { idOf } from '../dependencies/helpers.ts';

function board() {
  const doc = new Y.Doc();
  const activity = idOf(createActivity(doc, { title: 'Survey', start: '2026-03-02', end: '2026-03-20' }));
  const milestone = idOf(createMilestone(doc, { title: 'Review', due: '2026-03-31' }));
  const entity = <T,>(id: string) => readPlan(doc).entities.get(id) as T;
  return { doc, activity, milestone, entity };
}

describe('dragging dates', () => {
  it('moves both dates of a bar, only the end from its edge (never before the start), and a milestone’s due date', () => {
    const b = board();
    const survey = b.entity<Activity>(b.activity);
    expect(draggedDates(survey, 'move', 3)).toEqual({ start: '2026-03-05', end: '2026-03-23' });
    expect(draggedDates(survey, 'move', -2)).toEqual({ start: '2026-02-28', end: '2026-03-18' });
    expect(draggedDates(survey, 'end', 12)).toEqual({ end: '2026-04-01' });
    expect(draggedDates(survey, 'end', -30)).toEqual({ end: '2026-03-02' });
    expect(draggedDates(b.entity<Milestone>(b.milestone), 'due', 1)).toEqual({ due: '2026-04-01' });
    expect(draggedDates({ ...survey, start: null }, 'move', 1)).toBeNull();
  });

  it('writes at most once per frame, the latest dates, and one drag is one undo step', () => {
    const b = board();
    const origin = { local: true };
    const undo = new UndoHistory(b.doc, origin);
    const frames = manualFrames();
    const writer = new EntityPatchWriter<DatePatch>(b.doc, origin, frames.scheduler);
    let transactions = 0;
    boardMaps(b.doc).entities.observeDeep(() => transactions++);
    const survey = b.entity<Activity>(b.activity);
    undo.beginGesture();
    for (let days = 1; days <= 5; days++) writer.queue(b.activity, draggedDates(survey, 'move', days)!);
    expect(transactions).toBe(0);
    frames.frame();
    expect(transactions).toBe(1);
    expect(b.entity<Activity>(b.activity)).toMatchObject({ start: '2026-03-07', end: '2026-03-25' });
    writer.queue(b.activity, draggedDates(survey, 'move', 9)!);
    writer.flush();
    expect(transactions).toBe(2);
    expect(frames.pending()).toBe(0);
    undo.endGesture();
    expect(b.entity<Activity>(b.activity).start).toBe('2026-03-11');
    undo.undo();
    expect(b.entity<Activity>(b.activity)).toMatchObject({ start: '2026-03-02', end: '2026-03-20' });
  });
});
