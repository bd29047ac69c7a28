import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createKpi, createStakeholder, deleteEntities, readPlan } from '@roundtable/shared';
import { PlanLayoutStore } from '../../src/views/plan/plan-layout-store.ts';
import { addPlanNote, addToPlan, moveInPlan, planSections, readPlanPlaces, removeFromPlan } from '../../src/views/plan/plan-layout.ts';

function idOf(result: { ok: boolean; id?: string }): string {
  if (!result.ok || !result.id) throw new Error('write refused');
  return result.id;
}

const sectionIds = (doc: Y.Doc) => planSections(readPlanPlaces(doc), readPlan(doc)).map((items) => items.map((item) => item.id));

describe('partnership plan layout', () => {
  it('adds notes and references at the end of a section, stored as numbers in layouts.plan', () => {
    const doc = new Y.Doc();
    const carers = idOf(createStakeholder(doc, { name: 'Carers forum' }));
    const note = addPlanNote(doc, 2, 'Ask the youth council', 'me')!;
    addToPlan(doc, carers, 2, 'me');
    expect(sectionIds(doc)[1]).toEqual([note, carers]);
    expect(boardMaps(doc).layouts.get('plan')!.get(carers)!.toJSON()).toEqual({ section: 2, order: 1 });
    expect(readPlan(doc).entities.get(note)).toEqual({ type: 'note', text: 'Ask the youth council', color: 'yellow' });
    expect(boardMaps(doc).layouts.get('canvas')).toBeUndefined();
  });

  it('moves items up and down, and across into the next or previous section', () => {
    const doc = new Y.Doc();
    const a = addPlanNote(doc, 1, 'a')!;
    const b = addPlanNote(doc, 1, 'b')!;
    const c = addPlanNote(doc, 2, 'c')!;
    moveInPlan(doc, readPlan(doc), b, -1);
    expect(sectionIds(doc).slice(0, 2)).toEqual([[b, a], [c]]);
    moveInPlan(doc, readPlan(doc), a, 1);
    expect(sectionIds(doc).slice(0, 2)).toEqual([[b], [a, c]]);
    moveInPlan(doc, readPlan(doc), a, -1);
    expect(sectionIds(doc).slice(0, 2)).toEqual([[b, a], [c]]);
    moveInPlan(doc, readPlan(doc), b, -1);
    expect(sectionIds(doc)[0]).toEqual([b, a]);
  });

  it('deletes a note but only unplaces a referenced card', () => {
    const doc = new Y.Doc();
    const kpi = idOf(createKpi(doc, { name: 'Survey responses' }));
    const note = addPlanNote(doc, 6, 'Quarterly review')!;
    addToPlan(doc, kpi, 6);
    removeFromPlan(doc, readPlan(doc), kpi);
    removeFromPlan(doc, readPlan(doc), note);
    expect(sectionIds(doc)[5]).toEqual([]);
    expect(readPlan(doc).entities.has(kpi)).toBe(true);
    expect(readPlan(doc).entities.has(note)).toBe(false);
  });

  it('drops a card deleted elsewhere, and ignores malformed places', () => {
    const doc = new Y.Doc();
    const person = idOf(createStakeholder(doc, { name: 'Ward manager' }));
    addToPlan(doc, person, 2);
    boardMaps(doc).layouts.get('plan')!.set('junk', new Y.Map([['section', 12], ['order', 0]]) as Y.Map<number>);
    deleteEntities(doc, [person]);
    expect(readPlanPlaces(doc).size).toBe(0);
  });

  it('notifies subscribers of changes from another copy of the board', () => {
    const doc = new Y.Doc();
    const remote = new Y.Doc();
    remote.on('update', (update: Uint8Array) => Y.applyUpdate(doc, update));
    const store = new PlanLayoutStore(doc);
    let notified = 0;
    const unsubscribe = store.subscribe(() => (notified += 1));
    const id = addPlanNote(remote, 3, 'Community radio')!;
    expect(notified).toBeGreaterThan(0);
    expect(store.getSnapshot().get(id)).toEqual({ section: 3, order: 0 });
    unsubscribe();
    addPlanNote(remote, 3, 'Newsletter');
    expect(store.getSnapshot().size).toBe(1);
  });
});
