import type * as Y from 'yjs';
import { Listeners, type ReadableStore } from './value-store.ts';

/**
 * A value read from one Y.Map with a tolerant reader and kept live: re-read after a change to the map that
 * `affects` it (any change unless told otherwise).
 */
export class MapStore<T> implements ReadableStore<T> {
  private readonly listeners = new Listeners();
  private value: T;

  constructor(
    private readonly map: Y.Map<unknown>,
    private readonly read: () => T,
    private readonly affects: (event: Y.YMapEvent<unknown>) => boolean = () => true,
  ) {
    this.value = read();
    this.map.observe(this.onChange);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): T => this.value;

  destroy(): void {
    this.map.unobserve(this.onChange);
  }

  private readonly onChange = (event: Y.YMapEvent<unknown>): void => {
    if (!this.affects(event)) return;
    this.value = this.read();
    this.listeners.notify();
  };
}
