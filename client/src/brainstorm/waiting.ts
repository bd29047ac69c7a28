import type { Awareness } from 'y-protocols/awareness';
import { AWARENESS_ROLE_FIELD } from '@roundtable/shared';
import type { ReadableStore } from '../lib/value-store.ts';
import { MAX_DRAFTS } from './draft-store.ts';

/**
 * Each screen tells the others only HOW MANY private notes it holds for a round, in its awareness state as
 * `brainstorm: { round, count }`; the text never leaves the device before the reveal.
 */
export const AWARENESS_FIELD = 'brainstorm';

export interface ScreenCount {
  clientId: number;
  count: number;
}

export interface Waiting {
  notes: number;
  people: number;
  /** Screens with notes waiting, by client id (ascending). */
  screens: readonly ScreenCount[];
}

const NOBODY: Waiting = { notes: 0, people: 0, screens: [] };

/** Publishes this screen's count for `roundId`, or withdraws it with `roundId` null. */
export function publishCount(awareness: Awareness, roundId: string | null, count: number): void {
  const value = roundId === null ? null : { round: roundId, count };
  const current = awareness.getLocalState()?.[AWARENESS_FIELD] as { round?: unknown; count?: unknown } | null | undefined;
  if ((current ?? null) === null && value === null) return;
  if (current && value && current.round === value.round && current.count === value.count) return;
  if (awareness.getLocalState() !== null) awareness.setLocalStateField(AWARENESS_FIELD, value);
}

/**
 * Counts the notes waiting for `roundId` on every screen that may take part, this one included.
 * Remote states are untrusted.
 */
export function readWaiting(awareness: Awareness, roundId: string): Waiting {
  const screens: ScreenCount[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    // A viewer cannot take part (the server stamps `role`): whatever count it claims is not real.
    if (state[AWARENESS_ROLE_FIELD] === 'viewer') continue;
    const entry = state[AWARENESS_FIELD] as { round?: unknown; count?: unknown } | null | undefined;
    if (entry?.round !== roundId || typeof entry.count !== 'number' || !Number.isInteger(entry.count)) continue;
    const count = Math.min(Math.max(entry.count, 0), MAX_DRAFTS);
    if (count > 0) screens.push({ clientId, count });
  }
  if (screens.length === 0) return NOBODY;
  screens.sort((a, b) => a.clientId - b.clientId);
  return { notes: screens.reduce((sum, s) => sum + s.count, 0), people: screens.length, screens };
}

/**
 * `readWaiting` for one round, live while subscribed (it listens to awareness only then, so it needs no
 * teardown); the snapshot keeps its identity while the counts stay the same.
 */
export class WaitingStore implements ReadableStore<Waiting> {
  private readonly listeners = new Set<() => void>();
  private snapshot: Waiting;

  constructor(private readonly awareness: Awareness, private readonly roundId: string) {
    this.snapshot = readWaiting(awareness, roundId);
  }

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.awareness.on('change', this.refresh);
      this.refresh();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.awareness.off('change', this.refresh);
    };
  };

  getSnapshot = (): Waiting => this.snapshot;

  private readonly refresh = (): void => {
    const next = readWaiting(this.awareness, this.roundId);
    if (JSON.stringify(next.screens) === JSON.stringify(this.snapshot.screens)) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  };
}
