import type * as Y from 'yjs';
import { boardMaps, readTimer, TIMER_KEY, type TimerState } from '@roundtable/shared';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

/** The shared workshop timer, live from the document. */
export class TimerStore implements ReadableStore<TimerState | null> {
  private readonly listeners = new Listeners();
  private readonly meta: Y.Map<unknown>;
  private timer: TimerState | null;

  constructor(private readonly doc: Y.Doc) {
    this.meta = boardMaps(doc).meta;
    this.timer = readTimer(doc);
    this.meta.observe(this.onChange);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): TimerState | null => this.timer;

  destroy(): void {
    this.meta.unobserve(this.onChange);
  }

  private readonly onChange = (event: Y.YMapEvent<unknown>): void => {
    if (!event.keysChanged.has(TIMER_KEY)) return;
    this.timer = readTimer(this.doc);
    this.listeners.notify();
  };
}

/** "4:05" — minutes and seconds left, rounded up so the display reaches 0:00 exactly at the end. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
