import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, deleteEntities } from '@roundtable/shared';
import { ViewPlacesStore } from '../../src/views/dependencies/layout-store.ts';
import { DEPENDENCIES_VIEW, writePlaces } from '../../src/views/dependencies/place-writes.ts';
import { UndoHistory } from '../../src/undo.ts';
import { programme } from './helpers.ts';

describe('dependency graph places', () => {
  it('writes many places in one transaction that one undo takes back', () => {
    const p = programme();
    const origin = { local: true };
    const undo = new UndoHistory(p.doc, origin);
    let transactions = 0;
    p.doc.on('afterTransaction', () => transactions++);
    writePlaces(p.doc, new Map([[p.survey, { x: 10.4, y: 20 }], [p.review, { x: 300, y: 20.6 }]]), origin);
    expect(transactions).toBe(1);
    const layout = boardMaps(p.doc).layouts.get(DEPENDENCIES_VIEW)!;
    expect(layout.get(p.survey)!.toJSON()).toEqual({ x: 10, y: 20 });
    expect(layout.get(p.review)!.toJSON()).toEqual({ x: 300, y: 21 });
    undo.undo();
    expect(layout.get(p.survey)).toBeUndefined();
  });

  it('does not store a place for a card deleted meanwhile', () => {
    const p = programme();
    deleteEntities(p.doc, [p.side]);
    writePlaces(p.doc, new Map([[p.side, { x: 1, y: 2 }]]), null);
    expect(boardMaps(p.doc).layouts.get(DEPENDENCIES_VIEW)?.get(p.side)).toBeUndefined();
  });

  it('reads the view places live, keeping unchanged ones identical, and drops places of deleted cards', () => {
    const p = programme();
    const store = new ViewPlacesStore(p.doc, DEPENDENCIES_VIEW);
    let notified = 0;
    const stop = store.subscribe(() => notified++);
    expect(store.getSnapshot().size).toBe(0);
    writePlaces(p.doc, new Map([[p.survey, { x: 1, y: 2 }], [p.review, { x: 3, y: 4 }]]), null);
    const first = store.getSnapshot();
    expect(first.get(p.survey)).toEqual({ x: 1, y: 2 });
    writePlaces(p.doc, new Map([[p.review, { x: 30, y: 4 }]]), null);
    const second = store.getSnapshot();
    expect(second.get(p.survey)).toBe(first.get(p.survey));
    expect(second.get(p.review)).toEqual({ x: 30, y: 4 });
    deleteEntities(p.doc, [p.survey]);
    expect(store.getSnapshot().has(p.survey)).toBe(false);
    expect(notified).toBe(3);
    stop();
    // Without listeners it stops observing, but a read is still current.
    writePlaces(p.doc, new Map([[p.review, { x: 5, y: 5 }]]), null);
    expect(notified).toBe(3);
    expect(store.getSnapshot().get(p.review)).toEqual({ x: 5, y: 5 });
  });

  it('ignores places that are not numbers', () => {
    const doc = new Y.Doc();
    const place = new Y.Map<unknown>();
    doc.transact(() => {
      const layout = new Y.Map();
      boardMaps(doc).layouts.set(DEPENDENCIES_VIEW, layout as never);
      layout.set('x', place);
      place.set('x', 'left');
      place.set('y', 3);
    });
    expect(new ViewPlacesStore(doc, DEPENDENCIES_VIEW).getSnapshot().size).toBe(0);
  });
});
