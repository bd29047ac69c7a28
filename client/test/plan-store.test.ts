import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createDependency, createMilestone, createStakeholder, readPlan, updateEntity } from '@roundtable/shared';
import { PlanStore } from '../src/plan/plan-store.ts';

function idOf(result: { ok: boolean; id?: string }): string {
  if (!result.ok || !result.id) throw new Error('write refused');
  return result.id;
}

describe('PlanStore', () => {
  it('keeps every untouched entity the same object and re-reads only the edited one', () => {
    const doc = new Y.Doc();
    const a = idOf(createStakeholder(doc, { name: 'Ward manager' }));
    const b = idOf(createStakeholder(doc, { name: 'Carers forum' }));
    const store = new PlanStore(doc);
    const before = store.getSnapshot();
    let notified = 0;
    store.subscribe(() => (notified += 1));

    updateEntity(doc, a, { power: 9 });
    const after = store.getSnapshot();
    expect(notified).toBe(1);
    expect(after).not.toBe(before);
    expect(after.entities.get(b)).toBe(before.entities.get(b));
    expect(after.entities.get(a)).toMatchObject({ name: 'Ward manager', power: 9 });
  });

  it('matches a full read of the document after creates, edits, links and deletes', () => {
    const doc = new Y.Doc();
    const store = new PlanStore(doc);
    const m1 = idOf(createMilestone(doc, { title: 'Business case approved', due: '2027-01-15' }));
    const m2 = idOf(createMilestone(doc, { title: 'Pilot starts', due: '2027-03-01' }));
    createDependency(doc, m1, m2);
    expect(store.getSnapshot()).toEqual(readPlan(doc));
    updateEntity(doc, m2, { title: 'Pilot starts on two wards' });
    expect(store.getSnapshot()).toEqual(readPlan(doc));
    boardMaps(doc).entities.delete(m1);
    expect(store.getSnapshot().links.size).toBe(0);
    expect(store.getSnapshot()).toEqual(readPlan(doc));
  });

  it('picks up a link that arrived before the entity it points at', () => {
    const source = new Y.Doc();
    const m1 = idOf(createMilestone(source, { title: 'One' }));
    const m2 = idOf(createMilestone(source, { title: 'Two' }));
    createDependency(source, m1, m2);
    const target = new Y.Doc();
    const store = new PlanStore(target);
    // Deliver the link first, then the entities, as two separate transactions.
    const linkOnly = new Y.Doc();
    Y.applyUpdate(linkOnly, Y.encodeStateAsUpdate(source));
    boardMaps(target).links.set('l1', new Y.Map(Object.entries(boardMaps(linkOnly).links.values().next().value!.toJSON())));
    expect(store.getSnapshot().links.size).toBe(0);
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
    expect(store.getSnapshot().links.has('l1')).toBe(true);
  });
});
