import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, NOTE_DEFAULT_SIZE } from '@roundtable/shared';
import { PER_ROW, planPlaces, revealArea } from '../../src/brainstorm/reveal.ts';

describe('where revealed notes go', () => {
  it('puts the reveal area to the right of everything on the canvas, level with its top', () => {
    const doc = new Y.Doc();
    expect(revealArea(doc)).toEqual({ x: 0, y: 0 });
    createNote(doc, 'canvas', { x: 100, y: 50 });
    createNote(doc, 'canvas', { x: -300, y: 400 });
    expect(revealArea(doc).x).toBeGreaterThan(100 + NOTE_DEFAULT_SIZE.w);
    expect(revealArea(doc).y).toBe(50);
  });

  it('gives each person a block of rows below the previous one, in a colour of their own', () => {
    const places = planPlaces([{ clientId: 5, count: PER_ROW + 1 }, { clientId: 9, count: 1 }, { clientId: 12, count: 3 }], { x: 10, y: 20 });
    const [first, second, third] = ['5', '9', '12'].map((id) => places[id]!);
    expect(first).toMatchObject({ x: 10, y: 20 });
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + 2 * NOTE_DEFAULT_SIZE.h);
    expect(third!.y).toBeGreaterThanOrEqual(second!.y + NOTE_DEFAULT_SIZE.h);
    expect(new Set([first!.color, second!.color, third!.color]).size).toBe(3);
  });
});
