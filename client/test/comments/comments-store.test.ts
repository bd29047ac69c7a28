import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createStakeholder, reply, resolveThread, startThread, type CommentAuthor, type Plan } from '@roundtable/shared';
import { CommentsStore } from '../../src/comments/comments-store.ts';
import { anchorLabel, listedThreads } from '../../src/comments/anchor-label.ts';

const alice: CommentAuthor = { id: 'alice', name: 'Alice', color: '#1f5fa8' };

function started(result: { ok: boolean; id?: string }): string {
  if (!result.ok || !result.id) throw new Error('not started');
  return result.id;
}

describe('comments store', () => {
  it('follows the document and re-reads only the thread a change touched', () => {
    const doc = new Y.Doc();
    const card = started(createStakeholder(doc, { name: 'Jo' }));
    const store = new CommentsStore(doc);
    let notified = 0;
    store.subscribe(() => notified++);
    const first = started(startThread(doc, { entity: card }, alice, 'One', 1_000));
    const second = started(startThread(doc, { view: 'canvas', x: 0, y: 0 }, alice, 'Two', 2_000));
    const spotThread = store.getSnapshot().threads[1];
    reply(doc, first, alice, 'One again', 3_000);
    const snapshot = store.getSnapshot();
    expect(notified).toBe(3);
    expect(snapshot.threads.map((t) => t.id)).toEqual([first, second]);
    expect(snapshot.threads[1]).toBe(spotThread);
    expect(snapshot.byEntity.get(card)?.[0]?.comments).toHaveLength(2);
    store.destroy();
    reply(doc, first, alice, 'Unseen', 4_000);
    expect(store.getSnapshot()).toBe(snapshot);
  });

  it('picks up threads that arrive from another screen', () => {
    const remote = new Y.Doc();
    const card = started(createStakeholder(remote, { name: 'Jo' }));
    started(startThread(remote, { entity: card }, alice, 'From afar', 0));
    const doc = new Y.Doc();
    const store = new CommentsStore(doc);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(store.getSnapshot().byEntity.get(card)).toHaveLength(1);
  });
});

describe('board comment list', () => {
  it('says where a thread is, including a card that was deleted', () => {
    const plan: Plan = { entities: new Map([['s1', { type: 'stakeholder', name: 'Jo Bloggs' } as never]]), links: new Map() };
    expect(anchorLabel({ entity: 's1' }, plan)).toBe('On Stakeholder: Jo Bloggs');
    expect(anchorLabel({ entity: 'gone' }, plan)).toBe('On a deleted card');
    expect(anchorLabel({ view: 'canvas', x: 1, y: 2 }, plan)).toBe('On the canvas');
  });

  it('lists newest activity first and hides resolved threads unless asked', () => {
    const doc = new Y.Doc();
    const older = started(startThread(doc, { view: 'canvas', x: 0, y: 0 }, alice, 'Older', 1_000));
    const newer = started(startThread(doc, { view: 'canvas', x: 0, y: 0 }, alice, 'Newer', 2_000));
    const done = started(startThread(doc, { view: 'canvas', x: 0, y: 0 }, alice, 'Done', 3_000));
    reply(doc, older, alice, 'Bumped', 4_000);
    resolveThread(doc, done, alice, 5_000);
    const store = new CommentsStore(doc);
    const { threads } = store.getSnapshot();
    expect(listedThreads(threads, false).map((t) => t.id)).toEqual([older, newer]);
    expect(listedThreads(threads, true).map((t) => t.id)).toEqual([older, done, newer]);
  });
});
