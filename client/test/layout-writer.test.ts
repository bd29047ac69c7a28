import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createNote, deleteEntities } from '@roundtable/shared';
import { CANVAS_VIEW } from '../src/canvas/canvas-store.ts';
import { LayoutWriter } from '../src/canvas/layout-writer.ts';
import { manualFrames } from './helpers/frames.ts';

function setup() {
  const doc = new Y.Doc();
  const origin = { local: true };
  const a = createNote(doc, CANVAS_VIEW, { x: 0, y: 0 });
  const b = createNote(doc, CANVAS_VIEW, { x: 200, y: 0 });
  const frames = manualFrames();
  const writer = new LayoutWriter(doc, origin, frames.scheduler);
  const transactions: { origin: unknown; keys: string[] }[] = [];
  boardMaps(doc).layouts.observeDeep((events, transaction) => {
    transactions.push({ origin: transaction.origin, keys: events.flatMap((e) => [...(e as Y.YMapEvent<unknown>).keysChanged]) });
  });
  const place = (id: string) => boardMaps(doc).layouts.get(CANVAS_VIEW)!.get(id)!.toJSON();
  return { doc, origin, a, b, frames, writer, transactions, place };
}

describe('LayoutWriter', () => {
  it('writes a whole frame of drag moves as one transaction with the local origin', () => {
    const { origin, a, b, frames, writer, transactions, place } = setup();
    for (let i = 1; i <= 10; i++) {
      writer.queue(a, { x: i, y: i * 2 });
      writer.queue(b, { x: 200 + i, y: 0 });
    }
    expect(transactions).toHaveLength(0);
    expect(frames.pending()).toBe(1);
    frames.frame();
    expect(transactions).toHaveLength(1);
    expect(transactions[0]!.origin).toBe(origin);
    expect(place(a)).toMatchObject({ x: 10, y: 20, w: 180, h: 120 });
    expect(place(b)).toMatchObject({ x: 210, y: 0 });
  });

  it('writes only the fields that moved', () => {
    const { a, frames, writer, transactions } = setup();
    writer.queue(a, { x: 40, y: 0 });
    frames.frame();
    expect(transactions[0]!.keys).toEqual(['x']);
  });

  it('writes at most once per frame during a long drag', () => {
    const { a, frames, writer, transactions } = setup();
    for (let frame = 1; frame <= 5; frame++) {
      for (let move = 0; move < 4; move++) writer.queue(a, { x: frame * 10 + move, y: 0 });
      frames.frame();
    }
    expect(transactions).toHaveLength(5);
  });

  it('flushes the last position at once when the gesture ends', () => {
    const { a, frames, writer, transactions, place } = setup();
    writer.queue(a, { x: 77.4, y: 12.6 });
    writer.flush();
    expect(place(a)).toMatchObject({ x: 77, y: 13 });
    expect(transactions).toHaveLength(1);
    expect(frames.pending()).toBe(0);
  });

  it('skips a note someone else deleted mid-drag', () => {
    const { doc, a, b, frames, writer, place } = setup();
    writer.queue(a, { x: 5, y: 5 });
    writer.queue(b, { x: 9, y: 9 });
    deleteEntities(doc, [a]);
    frames.frame();
    expect(boardMaps(doc).layouts.get(CANVAS_VIEW)!.has(a)).toBe(false);
    expect(place(b)).toMatchObject({ x: 9, y: 9 });
  });
});
