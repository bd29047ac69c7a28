import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createNote, deleteEntities } from '@roundtable/shared';
import { CANVAS_VIEW, CanvasStore } from '../src/canvas/canvas-store.ts';
import { noteIdsSelector } from '../src/canvas/use-note-ids.ts';
import { keepIfSameItems } from '../src/lib/same-items.ts';

describe('note ids for the canvas outline', () => {
  it('stay the same array while notes move, and change when a note goes', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, CANVAS_VIEW, { x: 0, y: 0 });
    const b = createNote(doc, CANVAS_VIEW, { x: 300, y: 0 });
    const store = new CanvasStore(doc);
    const select = noteIdsSelector();
    const before = select(store.getSnapshot());
    expect(before).toEqual([a, b]);
    doc.transact(() => boardMaps(doc).layouts.get(CANVAS_VIEW)!.get(a)!.set('x', 90));
    expect(select(store.getSnapshot())).toBe(before);
    deleteEntities(doc, [a]);
    expect(select(store.getSnapshot())).toEqual([b]);
  });
});

describe('keepIfSameItems', () => {
  it('keeps the previous array only when it holds the very same items in order', () => {
    const one = { id: 1 };
    const two = { id: 2 };
    const previous = [one, two];
    expect(keepIfSameItems(previous, [one, two])).toBe(previous);
    expect(keepIfSameItems(previous, [two, one])).toEqual([two, one]);
    expect(keepIfSameItems(previous, [one, { id: 2 }])).not.toBe(previous);
    expect(keepIfSameItems(undefined, [one])).toEqual([one]);
  });
});
