import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { applyTextChange, diffText, transformIndex } from '../src/canvas/text-diff.ts';

function textDoc(initial: string): { doc: Y.Doc; text: Y.Text } {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  return { doc, text };
}

/** Applies a change to a Y.Text in another doc and returns the delta a remote observer would see. */
function remoteDelta(initial: string, change: { index: number; remove: number; insert: string }) {
  const { doc, text } = textDoc(initial);
  const mirror = new Y.Doc();
  Y.applyUpdate(mirror, Y.encodeStateAsUpdate(doc));
  let delta: Y.YTextEvent['delta'] = [];
  mirror.getText('t').observe((event) => (delta = event.delta));
  doc.on('update', (update: Uint8Array) => Y.applyUpdate(mirror, update));
  doc.transact(() => {
    if (change.remove) text.delete(change.index, change.remove);
    if (change.insert) text.insert(change.index, change.insert);
  });
  return { delta, after: text.toString() };
}

describe('diffText', () => {
  it('finds the single typed character between common prefix and suffix', () => {
    expect(diffText('helo world', 'hello world')).toEqual({ index: 3, remove: 0, insert: 'l' });
  });

  it('finds a replaced selection', () => {
    expect(diffText('one two three', 'one 2 three')).toEqual({ index: 4, remove: 3, insert: '2' });
  });

  it('returns null when nothing changed', () => {
    expect(diffText('same', 'same')).toBeNull();
  });

  it('never splits an emoji surrogate pair', () => {
    const change = diffText('a😀b', 'a😁b');
    expect(change).toEqual({ index: 1, remove: 2, insert: '😁' });
  });
});

describe('applyTextChange', () => {
  it('makes the Y.Text read exactly the target, for any pair of strings (incl. astral characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (from, to) => {
        const { text } = textDoc(from);
        applyTextChange(text, to);
        expect(text.toString()).toBe(to);
      }),
      { numRuns: 500 },
    );
  });

  it('makes the Y.Text read the target when edits are small, like typing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.nat(),
        fc.nat({ max: 5 }),
        fc.string({ unit: 'grapheme', maxLength: 5 }),
        (from, at, cut, typed) => {
          const index = from.length === 0 ? 0 : at % (from.length + 1);
          const target = from.slice(0, index) + typed + from.slice(index + cut);
          const { text } = textDoc(from);
          applyTextChange(text, target);
          expect(text.toString()).toBe(target);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes one transaction with the given origin', () => {
    const { doc, text } = textDoc('hello world');
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const origin = { local: true };
    applyTextChange(text, 'hello brave new world', origin);
    expect(origins).toEqual([origin]);
  });

  it('keeps a concurrent edit made elsewhere in the same text', () => {
    const a = textDoc('The plan');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    applyTextChange(a.text, 'The plan for winter');
    applyTextChange(b.getText('t'), 'Draft: The plan');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b));
    expect(a.text.toString()).toBe('Draft: The plan for winter');
    expect(b.getText('t').toString()).toBe('Draft: The plan for winter');
  });
});

describe('transformIndex (caret under remote edits)', () => {
  it('moves the caret right when text is inserted before it', () => {
    const { delta } = remoteDelta('hello world', { index: 0, remove: 0, insert: '>> ' });
    expect(transformIndex(6, delta)).toBe(9);
  });

  it('moves the caret left when text before it is deleted, and to the cut when its spot is deleted', () => {
    const { delta } = remoteDelta('hello world', { index: 0, remove: 6, insert: '' });
    expect(transformIndex(8, delta)).toBe(2);
    expect(transformIndex(3, delta)).toBe(0);
  });

  it('leaves the caret alone for edits after it or exactly at it', () => {
    const { delta } = remoteDelta('hello world', { index: 5, remove: 0, insert: ',' });
    expect(transformIndex(5, delta)).toBe(5);
    expect(transformIndex(2, delta)).toBe(2);
  });

  it('puts the caret after a word someone retyped just before it', () => {
    const { delta, after } = remoteDelta('hello world', { index: 0, remove: 5, insert: 'howdy' });
    expect(after).toBe('howdy world');
    expect(transformIndex(5, delta)).toBe(5);
    const longer = remoteDelta('hi world', { index: 0, remove: 2, insert: 'hello' });
    expect(transformIndex(2, longer.delta)).toBe(5);
  });

  it('keeps the caret before the same text, whatever changes before it (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.nat(), fc.nat({ max: 4 }), fc.string({ maxLength: 4 }), (base, c, i, remove, insert) => {
        const caret = c % (base.length + 1);
        const index = i % (caret + 1);
        const cut = Math.min(remove, caret - index);
        const { delta, after } = remoteDelta(base, { index, remove: cut, insert });
        const moved = transformIndex(caret, delta);
        // Text typed exactly at the caret lands after it; everything else keeps the caret before the same text.
        expect(after.slice(moved)).toBe((index === caret ? insert : '') + base.slice(caret));
      }),
      { numRuns: 300 },
    );
  });
});
