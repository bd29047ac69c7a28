import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createNote } from '@roundtable/shared';
import { CANVAS_VIEW, CanvasStore } from '../src/canvas/canvas-store.ts';
import { createNodeOverlay, type PlaceOverride } from '../src/canvas/local-overlay.ts';

function setup() {
  const doc = new Y.Doc();
  const a = createNote(doc, CANVAS_VIEW, { x: 0, y: 0 });
  const b = createNote(doc, CANVAS_VIEW, { x: 300, y: 0 });
  const base = new CanvasStore(doc).getSnapshot().nodes;
  return { a, b, base, overlay: createNodeOverlay() };
}

describe('node overlay (selection and mid-drag place over document nodes)', () => {
  it('passes untouched nodes through as the same objects', () => {
    const { base, overlay } = setup();
    const shown = overlay(base, new Set(), new Map());
    expect(shown[0]).toBe(base[0]);
    expect(shown[1]).toBe(base[1]);
  });

  it('shows the drag position and selection, reusing the object while nothing changes', () => {
    const { a, base, overlay } = setup();
    const overrides = new Map<string, PlaceOverride>([[a, { x: 42, y: 7 }]]);
    const selected = new Set([a]);
    const first = overlay(base, selected, overrides);
    expect(first[0]).toMatchObject({ selected: true, position: { x: 42, y: 7 }, width: 180 });
    expect(first[1]).toBe(base[1]);
    expect(overlay(base, new Set([a]), overrides)[0]).toBe(first[0]);
    expect(overlay(base, selected, new Map([[a, { x: 43, y: 7 }]]))[0]).not.toBe(first[0]);
  });

  it('keeps the dragged note shown as it is when the document catches up with the drag', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, CANVAS_VIEW, { x: 0, y: 0 });
    createNote(doc, CANVAS_VIEW, { x: 300, y: 0 });
    const store = new CanvasStore(doc);
    const overlay = createNodeOverlay();
    const overrides = new Map<string, PlaceOverride>([[a, { x: 42, y: 7 }]]);
    const mid = overlay(store.getSnapshot().nodes, new Set([a]), overrides);
    doc.transact(() => boardMaps(doc).layouts.get(CANVAS_VIEW)!.get(a)!.set('x', 42));
    const caughtUp = overlay(store.getSnapshot().nodes, new Set([a]), overrides);
    expect(caughtUp).toBe(mid);
  });

  it('returns the previous array when no node changed', () => {
    const { a, base, overlay } = setup();
    const selected = new Set([a]);
    const first = overlay(base, selected, new Map());
    expect(overlay(base, new Set([a]), new Map())).toBe(first);
    expect(overlay(base, new Set(), new Map())).not.toBe(first);
  });
});
