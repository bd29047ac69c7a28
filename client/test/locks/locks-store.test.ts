import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createNote, lockEntities, unlockEntities } from '@roundtable/shared';
import { AccessStore } from '../../src/board/access-store.ts';
import { canEditEntity, canEditLinkEnds, editableIds, LocksStore } from '../../src/locks/locks-store.ts';

function screen(doc: Y.Doc, role: 'facilitator' | 'editor' | 'viewer', readOnly = false) {
  return { readOnly, access: new AccessStore({ role, mode: 'open' }), locks: new LocksStore(doc) };
}

describe('locks store', () => {
  it('follows the locks map live and ignores the rest of the board', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, 'canvas', { x: 0, y: 0 });
    const store = new LocksStore(doc);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    lockEntities(doc, [a], 'Alice');
    expect(store.getSnapshot().get(a)?.by).toBe('Alice');
    boardMaps(doc).meta.set('title', 'Renamed');
    createNote(doc, 'canvas', { x: 5, y: 5 });
    unlockEntities(doc, [a]);
    expect(notified).toBe(2);
    expect(store.getSnapshot().size).toBe(0);
    store.destroy();
    lockEntities(doc, [a], 'Alice');
    expect(store.getSnapshot().size).toBe(0);
  });

  it('sees a lock set on another screen', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    one.on('update', (update: Uint8Array) => Y.applyUpdate(two, update));
    const a = createNote(one, 'canvas', { x: 0, y: 0 });
    const store = new LocksStore(two);
    lockEntities(one, [a], 'Alice');
    expect([...store.getSnapshot().keys()]).toEqual([a]);
  });
});

describe('who may change a card', () => {
  it('holds editors back from a locked card but not facilitators, and nobody on a read-only screen', () => {
    const doc = new Y.Doc();
    const locked = createNote(doc, 'canvas', { x: 0, y: 0 });
    const free = createNote(doc, 'canvas', { x: 9, y: 9 });
    lockEntities(doc, [locked], 'Alice');
    const editor = screen(doc, 'editor');
    const facilitator = screen(doc, 'facilitator');
    const viewer = screen(doc, 'viewer', true);

    expect(canEditEntity(editor, locked)).toBe(false);
    expect(canEditEntity(editor, free)).toBe(true);
    expect(editableIds(editor, [locked, free])).toEqual([free]);
    expect(canEditLinkEnds(editor, { source: free, target: locked })).toBe(false);
    expect(canEditEntity(facilitator, locked)).toBe(true);
    expect(canEditLinkEnds(facilitator, { source: free, target: locked })).toBe(true);
    expect(canEditEntity(viewer, free)).toBe(false);

    unlockEntities(doc, [locked]);
    expect(canEditEntity(editor, locked)).toBe(true);
  });
});
