import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { MAX_DRAFTS } from '../../src/brainstorm/draft-store.ts';
import { publishCount, readWaiting, WaitingStore } from '../../src/brainstorm/waiting.ts';

/** Another screen's awareness state as the server relays it (with the role it stamps). */
function remote(into: Awareness, state: Record<string, unknown>): void {
  const other = new Awareness(new Y.Doc());
  other.setLocalState(state);
  applyAwarenessUpdate(into, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
}

describe('notes waiting in a round', () => {
  it('adds up the counts screens publish for the round, never anything else', () => {
    const mine = new Awareness(new Y.Doc());
    publishCount(mine, 'r1', 2);
    remote(mine, { role: 'editor', brainstorm: { round: 'r1', count: 3 } });
    remote(mine, { role: 'editor', brainstorm: { round: 'old', count: 9 } });
    remote(mine, { role: 'editor', brainstorm: { round: 'r1', count: 0 } });
    remote(mine, { role: 'viewer', brainstorm: { round: 'r1', count: 4 } });
    remote(mine, { role: 'editor', brainstorm: { round: 'r1', count: 'lots' } });
    remote(mine, { role: 'editor', brainstorm: { round: 'r1', count: 1e9 } });
    expect(readWaiting(mine, 'r1')).toMatchObject({ notes: 2 + 3 + MAX_DRAFTS, people: 3 });
    publishCount(mine, null, 0);
    expect(mine.getLocalState()?.brainstorm).toBeNull();
    expect(readWaiting(mine, 'r1')).toMatchObject({ notes: 3 + MAX_DRAFTS, people: 2 });
  });

  it('tells its subscribers when a count changes', () => {
    const mine = new Awareness(new Y.Doc());
    const store = new WaitingStore(mine, 'r1');
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    publishCount(mine, 'r1', 1);
    publishCount(mine, 'r1', 1);
    expect(calls).toBe(1);
    expect(store.getSnapshot()).toMatchObject({ notes: 1, people: 1 });
    unsubscribe();
    publishCount(mine, 'r1', 5);
    expect(calls).toBe(1);
  });
});
