import type * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { Listeners, type ReadableStore } from './value-store.ts';

/** One key of the board's `meta` map, read with a tolerant reader and kept live (the timer, a voting round, …). */
export class MetaKeyStore<T> implements ReadableStore<T> {
  private readonly listeners = new Listeners();
  private readonly meta: Y.Map<unknown>;
  private value: T;

  constructor(
    private readonly doc: Y.Doc,
    private readonly key: string,
    private readonly read: (doc: Y.Doc) => T,
  ) {
    this.meta = boardMaps(doc).meta;
    this.value = read(doc);
    this.meta.observe(this.onChange);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): T => this.value;

  destroy(): void {
    this.meta.unobserve(this.onChange);
  }

  private readonly onChange = (event: Y.YMapEvent<unknown>): void => {
    if (!event.keysChanged.has(this.key)) return;
    this.value = this.read(this.doc);
    this.listeners.notify();
  };
}
