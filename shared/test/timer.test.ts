import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, pauseTimer, readTimer, resetTimer, resumeTimer, startTimer, timerRemaining } from '../src/index.ts';

describe('workshop timer', () => {
  it('counts down from start, holds while paused, and carries on from where it stopped', () => {
    const doc = new Y.Doc();
    startTimer(doc, 5 * 60_000, 1_000);
    expect(timerRemaining(readTimer(doc)!, 61_000)).toBe(4 * 60_000);
    pauseTimer(doc, 61_000);
    expect(timerRemaining(readTimer(doc)!, 999_000)).toBe(4 * 60_000);
    resumeTimer(doc, 100_000);
    expect(timerRemaining(readTimer(doc)!, 160_000)).toBe(3 * 60_000);
    expect(timerRemaining(readTimer(doc)!, 10_000_000)).toBe(0);
    resetTimer(doc);
    expect(readTimer(doc)).toBeNull();
  });

  it('reaches everyone through the document and reads garbage from another client as no timer', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    startTimer(a, 60_000, 0);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readTimer(b)).toEqual({ durationMs: 60_000, endsAt: 60_000, remainingMs: 60_000 });
    boardMaps(b).meta.set('timer', { durationMs: 'soon' });
    expect(readTimer(b)).toBeNull();
    startTimer(b, -5, 0);
    expect(readTimer(b)?.durationMs).toBe(0);
  });
});
