import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { SyncAnswers } from '../src/sync/sync-answers.ts';

/** Applies a sync step 2 message to a fresh document, as a client would. */
function docFrom(message: Uint8Array): Y.Doc {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(0); // sync
  expect(decoding.readVarUint(decoder)).toBe(1); // step 2
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return doc;
}

function boardWith(entries: number): Y.Doc {
  const doc = new Y.Doc();
  for (let i = 0; i < entries; i++) doc.getMap('entities').set(`e${i}`, i);
  return doc;
}

afterEach(() => vi.useRealTimers());

describe('sync step 2 answers', () => {
  it('encodes the board once for every client that asks with the same state vector', () => {
    const doc = boardWith(100);
    const answers = new SyncAnswers(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    const first = answers.answer(empty);
    expect(answers.answer(new Uint8Array(empty))).toBe(first);
    expect(docFrom(first).getMap('entities').size).toBe(100);
  });

  it('answers afresh once the document has changed', () => {
    const doc = boardWith(3);
    const answers = new SyncAnswers(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    const before = answers.answer(empty);
    doc.getMap('entities').set('late', 1);
    const after = answers.answer(empty);
    expect(after).not.toBe(before);
    expect(docFrom(after).getMap('entities').get('late')).toBe(1);
  });

  it('answers afresh after an update that is only held back (its dependencies missing), which answers carry', () => {
    const doc = boardWith(3);
    const answers = new SyncAnswers(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    const before = answers.answer(empty);
    // Another client's second change, without its first: Yjs holds it back, with no update event.
    const other = new Y.Doc();
    other.getMap('entities').set('first', 1);
    const afterFirst = Y.encodeStateVector(other);
    other.getMap('entities').set('second', 2);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, afterFirst));
    expect(doc.store.pendingStructs).not.toBeNull();
    const after = answers.answer(empty);
    expect(after).not.toBe(before);
    expect(after.byteLength).toBeGreaterThan(before.byteLength);
  });

  it('gives a client only what its state vector lacks', () => {
    const doc = boardWith(10);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    doc.getMap('entities').set('new', 'x');
    const answer = new SyncAnswers(doc).answer(Y.encodeStateVector(client));
    const decoder = decoding.createDecoder(answer);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(client, decoding.readVarUint8Array(decoder));
    expect(client.getMap('entities').get('new')).toBe('x');
    expect(answer.byteLength).toBeLessThan(Y.encodeStateAsUpdate(doc).byteLength);
  });

  it('forgets every answer after two idle seconds, so an idle room holds no second copy of its board', () => {
    vi.useFakeTimers();
    const answers = new SyncAnswers(boardWith(50));
    const empty = Y.encodeStateVector(new Y.Doc());
    const answer = answers.answer(empty);
    vi.advanceTimersByTime(1_000);
    expect(answers.answer(empty)).toBe(answer);
    vi.advanceTimersByTime(1_001);
    const later = answers.answer(empty);
    expect(later).not.toBe(answer);
    expect(docFrom(later).getMap('entities').size).toBe(50);
  });
});
