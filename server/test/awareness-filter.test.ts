import { describe, expect, it } from 'vitest';
import { encodeAwarenessEntries, judgeAwareness, readAwarenessEntries, type AwarenessEntry } from '../src/sync/awareness-filter.ts';

const entry = (clientId: number, clock: number, state: unknown = { user: { name: `c${clientId}` } }): AwarenessEntry => ({
  clientId, clock, stateJson: JSON.stringify(state), state,
});

/** Client 1 is held by another connection at clock 5; client 2 left (no holder) at clock 3. */
const ctx = {
  knownClock: (id: number) => ({ 1: 5, 2: 3 })[id],
  heldByAnother: (id: number) => id === 1,
};

describe('judgeAwareness', () => {
  it('claims the first free id and keeps its updates', () => {
    expect(judgeAwareness([entry(9, 1)], undefined, ctx)).toEqual({ ownId: 9, keep: [entry(9, 1)] });
    expect(judgeAwareness([entry(9, 2)], 9, ctx)).toEqual({ ownId: 9, keep: [entry(9, 2)] });
  });

  it('drops echoes of other people’s states and removals of other people, keeping its own entries', () => {
    const verdict = judgeAwareness([entry(1, 5), entry(1, 6, null), entry(2, 3), entry(9, 4)], 9, ctx);
    expect(verdict).toEqual({ ownId: 9, keep: [entry(9, 4)] });
  });

  it('lets a reconnecting client take back an id nobody holds, with a newer clock', () => {
    expect(judgeAwareness([entry(2, 4)], undefined, ctx)).toEqual({ ownId: 2, keep: [entry(2, 4)] });
  });

  it('forbids changing a state another connection holds, and a second identity', () => {
    expect(judgeAwareness([entry(1, 6)], undefined, ctx)).toHaveProperty('forbidden');
    expect(judgeAwareness([entry(1, 6)], 9, ctx)).toHaveProperty('forbidden');
    expect(judgeAwareness([entry(10, 1)], 9, ctx)).toHaveProperty('forbidden');
  });

  it('round-trips entries through the wire encoding and rejects a state that is not JSON', () => {
    const entries = [entry(3, 7), entry(4, 1, null)];
    expect(readAwarenessEntries(encodeAwarenessEntries(entries))).toEqual(entries);
    expect(() => readAwarenessEntries(encodeAwarenessEntries([{ clientId: 1, clock: 1, stateJson: '{oops', state: undefined }]))).toThrow();
  });
});
