import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, pauseTimer, startTimer } from '@roundtable/shared';
import { formatRemaining, TimerStore } from '../../src/timer/timer-store.ts';

describe('timer store', () => {
  it('follows the shared timer and ignores other changes to the board meta', () => {
    const doc = new Y.Doc();
    const store = new TimerStore(doc);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    startTimer(doc, 60_000, 0);
    expect(store.getSnapshot()).toMatchObject({ durationMs: 60_000, endsAt: 60_000 });
    boardMaps(doc).meta.set('title', 'Renamed');
    pauseTimer(doc, 15_000);
    expect(notified).toBe(2);
    expect(store.getSnapshot()).toMatchObject({ endsAt: null, remainingMs: 45_000 });
    store.destroy();
  });

  it('shows minutes and seconds, reaching 0:00 only at the end', () => {
    expect(formatRemaining(5 * 60_000)).toBe('5:00');
    expect(formatRemaining(61_001)).toBe('1:02');
    expect(formatRemaining(400)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
