import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createConnector, createNote, deleteEntities } from '@roundtable/shared';
import { CANVAS_VIEW, CanvasStore } from '../src/canvas/canvas-store.ts';

function board() {
  const doc = new Y.Doc();
  const a = createNote(doc, CANVAS_VIEW, { x: 0, y: 0, text: 'A' });
  const b = createNote(doc, CANVAS_VIEW, { x: 300, y: 0, text: 'B' });
  const c = createNote(doc, CANVAS_VIEW, { x: 600, y: 0, text: 'C', color: 'pink' });
  const ab = createConnector(doc, a, b)!;
  const store = new CanvasStore(doc);
  let notified = 0;
  store.subscribe(() => notified++);
  return { doc, store, a, b, c, ab, notifications: () => notified };
}

const place = (doc: Y.Doc, id: string) => boardMaps(doc).layouts.get(CANVAS_VIEW)!.get(id)!;
const entity = (doc: Y.Doc, id: string) => boardMaps(doc).entities.get(id)!;
const byId = <T extends { id: string }>(items: readonly T[], id: string) => items.find((item) => item.id === id)!;

describe('CanvasStore', () => {
  it('shows each note with its canvas place and each connector as an edge', () => {
    const { store, a, b, ab } = board();
    const { nodes, edges } = store.getSnapshot();
    expect(nodes).toHaveLength(3);
    expect(byId(nodes, b)).toMatchObject({ type: 'note', position: { x: 300, y: 0 }, width: 180, height: 120 });
    expect(byId(nodes, a).data.color).toBe('yellow');
    expect(edges).toEqual([expect.objectContaining({ id: ab, source: a, target: b, type: 'floating' })]);
  });

  it('replaces only the moved note and keeps every other node and edge object', () => {
    const { doc, store, a, b, c } = board();
    const before = store.getSnapshot();
    doc.transact(() => place(doc, b).set('x', 333));
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(byId(after.nodes, b).position).toEqual({ x: 333, y: 0 });
    expect(byId(after.nodes, a)).toBe(byId(before.nodes, a));
    expect(byId(after.nodes, c)).toBe(byId(before.nodes, c));
    expect(after.edges).toBe(before.edges);
  });

  it('keeps the data object of a moved or resized note, so its content does not re-render', () => {
    const { doc, store, b } = board();
    const before = byId(store.getSnapshot().nodes, b);
    doc.transact(() => {
      place(doc, b).set('x', 333);
      place(doc, b).set('w', 240);
    });
    const after = byId(store.getSnapshot().nodes, b);
    expect(after).not.toBe(before);
    expect(after.data).toBe(before.data);
  });

  it('replaces a note whose colour changed, and only that one', () => {
    const { doc, store, a, b } = board();
    const before = store.getSnapshot();
    entity(doc, a).set('color', 'green');
    const after = store.getSnapshot();
    expect(byId(after.nodes, a).data.color).toBe('green');
    expect(byId(after.nodes, b)).toBe(byId(before.nodes, b));
  });

  it('does not rebuild anything when someone types into a note', () => {
    const { doc, store, a, notifications } = board();
    const before = store.getSnapshot();
    (entity(doc, a).get('text') as Y.Text).insert(1, 'bc');
    expect(store.getSnapshot()).toBe(before);
    expect(notifications()).toBe(0);
  });

  it('notifies once per transaction, however many notes it touched', () => {
    const { doc, store, a, b, c, notifications } = board();
    doc.transact(() => {
      for (const id of [a, b, c]) place(doc, id).set('y', 50);
    });
    expect(notifications()).toBe(1);
    expect(store.getSnapshot().nodes.every((node) => node.position.y === 50)).toBe(true);
  });

  it('adds new notes last, so they draw on top', () => {
    const { doc, store } = board();
    const d = createNote(doc, CANVAS_VIEW, { x: 10, y: 10 });
    expect(store.getSnapshot().nodes.at(-1)?.id).toBe(d);
  });

  it('drops a deleted note together with its edges, keeping the rest', () => {
    const { doc, store, a, b, c } = board();
    const before = store.getSnapshot();
    deleteEntities(doc, [b]);
    const after = store.getSnapshot();
    expect(after.nodes.map((n) => n.id)).toEqual([a, c]);
    expect(byId(after.nodes, a)).toBe(byId(before.nodes, a));
    expect(after.edges).toEqual([]);
  });

  it('shows a connector only while both of its notes are on the canvas', () => {
    const { doc, store, a, c } = board();
    const ac = createConnector(doc, a, c)!;
    expect(store.getSnapshot().edges.map((e) => e.id)).toContain(ac);
    doc.transact(() => boardMaps(doc).layouts.get(CANVAS_VIEW)!.delete(c));
    expect(store.getSnapshot().edges.map((e) => e.id)).not.toContain(ac);
    expect(store.getSnapshot().nodes.map((n) => n.id)).not.toContain(c);
  });

  it('applies remote updates the same way, keeping identity of untouched nodes', () => {
    const { doc, store, a, b } = board();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.on('update', (update: Uint8Array) => Y.applyUpdate(doc, update));
    const before = store.getSnapshot();
    const d = createNote(remote, CANVAS_VIEW, { x: 5, y: 5, color: 'blue' });
    remote.transact(() => place(remote, a).set('w', 250));
    const after = store.getSnapshot();
    expect(byId(after.nodes, d).data.color).toBe('blue');
    expect(byId(after.nodes, a).width).toBe(250);
    expect(byId(after.nodes, b)).toBe(byId(before.nodes, b));
  });

  it('ignores changes outside the canvas, such as meta or another view', () => {
    const { doc, store, a, notifications } = board();
    const before = store.getSnapshot();
    boardMaps(doc).meta.set('title', 'Renamed');
    doc.transact(() => {
      const other = new Y.Map<Y.Map<number>>();
      boardMaps(doc).layouts.set('dependencies', other);
      other.set(a, new Y.Map<number>());
    });
    expect(store.getSnapshot()).toBe(before);
    expect(notifications()).toBe(0);
  });

  it('brings a note back when its deletion is undone', () => {
    const { doc, store, a, b, ab } = board();
    const origin = { local: true };
    const undo = new Y.UndoManager(Object.values(boardMaps(doc)), { trackedOrigins: new Set([origin]) });
    deleteEntities(doc, [a], origin);
    expect(store.getSnapshot().nodes.map((n) => n.id)).not.toContain(a);
    undo.undo();
    const { nodes, edges } = store.getSnapshot();
    expect(byId(nodes, a).position).toEqual({ x: 0, y: 0 });
    expect(edges.map((e) => [e.id, e.source, e.target])).toEqual([[ab, a, b]]);
  });

  it('stops listening when destroyed', () => {
    const { doc, store, b, notifications } = board();
    store.destroy();
    place(doc, b).set('x', 1);
    expect(notifications()).toBe(0);
  });
});
