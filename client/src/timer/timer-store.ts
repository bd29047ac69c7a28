import type * as Y from 'yjs';
import { readTimer, TIMER_KEY, type TimerState } from '@roundtable/shared';
import { MetaKeyStore } from '../lib/meta-key-store.ts';

/** The shared workshop timer, live from the document. */
export class TimerStore extends MetaKeyStore<TimerState | null> {
  constructor(doc: Y.Doc) {
    super(doc, TIMER_KEY, readTimer);
  }
}

/** "4:05" — minutes and seconds left, rounded up so the display reaches 0:00 exactly at the end. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
