import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, deleteEntities, lockEntities, locksMap, readLocks, unlockEntities } from '../src/index.ts';

const AT = new Date('2026-11-22T10:00:00.000Z');

describe('card locks', () => {
  it('locks existing cards in one transaction, keeps the first lock, and unlocks', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, 'canvas', { x: 0, y: 0 });
    const b = createNote(doc, 'canvas', { x: 1, y: 1 });
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    lockEntities(doc, [a, b, 'no-such-card'], 'Alice', undefined, AT);
    expect(transactions).toBe(1);
    expect(readLocks(doc)).toEqual(new Map([[a, { by: 'Alice', at: AT.toISOString() }], [b, { by: 'Alice', at: AT.toISOString() }]]));
    lockEntities(doc, [a], 'Carol', undefined, new Date());
    expect(readLocks(doc).get(a)?.by).toBe('Alice');
    unlockEntities(doc, [a]);
    expect([...readLocks(doc).keys()]).toEqual([b]);
  });

  it('reaches other screens through the document and reads garbage as no lock', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    const a = createNote(one, 'canvas', { x: 0, y: 0 });
    lockEntities(one, [a], '  ', undefined, AT);
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(readLocks(two).get(a)).toEqual({ by: 'A facilitator', at: AT.toISOString() });
    locksMap(two).set('x', 'locked');
    locksMap(two).set('y', { by: 'Bob', at: 'yesterday' });
    locksMap(two).set('z', { by: 7, at: AT.toISOString() });
    expect([...readLocks(two).keys()]).toEqual([a]);
  });

  it('goes with the card when the card is deleted, in the same transaction', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, 'canvas', { x: 0, y: 0 });
    const b = createNote(doc, 'canvas', { x: 1, y: 1 });
    lockEntities(doc, [a, b], 'Alice');
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    deleteEntities(doc, [a]);
    expect(transactions).toBe(1);
    expect([...readLocks(doc).keys()]).toEqual([b]);
  });
});
