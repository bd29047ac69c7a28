import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createNote } from '@roundtable/shared';
import { CANVAS_VIEW } from '../src/canvas/canvas-store.ts';
import { UndoHistory } from '../src/undo.ts';

function setup() {
  const doc = new Y.Doc();
  const origin = { local: true };
  const history = new UndoHistory(doc, origin);
  const remote = new Y.Doc();
  doc.on('update', (update: Uint8Array, from: unknown) => from !== remote && Y.applyUpdate(remote, update, doc));
  remote.on('update', (update: Uint8Array, from: unknown) => from !== doc && Y.applyUpdate(doc, update, remote));
  const x = (id: string) => boardMaps(doc).layouts.get(CANVAS_VIEW)?.get(id)?.get('x');
  const setX = (target: Y.Doc, id: string, value: number, by?: unknown) =>
    target.transact(() => boardMaps(target).layouts.get(CANVAS_VIEW)!.get(id)!.set('x', value), by);
  return { doc, origin, history, remote, x, setX };
}

afterEach(() => vi.useRealTimers());

describe('UndoHistory', () => {
  it('undoes and redoes this person’s own note', () => {
    const { doc, origin, history } = setup();
    expect(history.getSnapshot()).toEqual({ canUndo: false, canRedo: false });
    const id = createNote(doc, CANVAS_VIEW, { x: 1, y: 2 }, origin);
    expect(history.getSnapshot().canUndo).toBe(true);
    history.undo();
    expect(boardMaps(doc).entities.has(id)).toBe(false);
    expect(history.getSnapshot()).toEqual({ canUndo: false, canRedo: true });
    history.redo();
    expect(boardMaps(doc).entities.has(id)).toBe(true);
  });

  it('makes two quick actions two undo steps', () => {
    const { doc, origin, history, x, setX } = setup();
    const id = createNote(doc, CANVAS_VIEW, { x: 0, y: 0 }, origin);
    setX(doc, id, 40, origin);
    history.undo();
    expect(x(id)).toBe(0);
    expect(boardMaps(doc).entities.has(id)).toBe(true);
    history.undo();
    expect(boardMaps(doc).entities.has(id)).toBe(false);
  });

  it('never reverts what someone else did', () => {
    const { doc, origin, history, remote, x, setX } = setup();
    const id = createNote(doc, CANVAS_VIEW, { x: 0, y: 0 }, origin);
    history.manager.stopCapturing();
    setX(remote, id, 500);
    const theirs = createNote(remote, CANVAS_VIEW, { x: 9, y: 9 });
    history.undo();
    expect(boardMaps(doc).entities.has(theirs)).toBe(true);
    expect(boardMaps(doc).entities.has(id)).toBe(false);
    expect(x(id)).toBeUndefined();
  });

  it('treats a whole drag as one step, even with pauses longer than the capture timeout', () => {
    vi.useFakeTimers();
    const { doc, origin, history, x, setX } = setup();
    const id = createNote(doc, CANVAS_VIEW, { x: 0, y: 0 }, origin);
    vi.advanceTimersByTime(1000);
    history.beginGesture();
    for (const value of [10, 20, 30]) {
      setX(doc, id, value, origin);
      vi.advanceTimersByTime(2000);
    }
    history.endGesture();
    setX(doc, id, 99, origin);
    history.undo();
    expect(x(id)).toBe(30);
    history.undo();
    expect(x(id)).toBe(0);
    history.undo();
    expect(boardMaps(doc).entities.has(id)).toBe(false);
  });
});
