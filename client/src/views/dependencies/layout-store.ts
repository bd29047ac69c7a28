import * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { touchedIds } from '../../lib/touched-ids.ts';
import { Listeners, type ReadableStore } from '../../lib/value-store.ts';

export interface Point {
  x: number;
  y: number;
}

export type Places = ReadonlyMap<string, Point>;

/**
 * The stored places of one view (`layouts.<viewId>`), live. Observes the document only while someone listens;
 * unchanged places keep their object identity, so cards can be memoised.
 */
export class ViewPlacesStore implements ReadableStore<Places> {
  private readonly listeners = new Listeners();
  private places: Places = new Map();
  private observing = false;
  private count = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly viewId: string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    const remove = this.listeners.add(listener);
    this.count += 1;
    if (!this.observing) {
      this.observing = true;
      boardMaps(this.doc).layouts.observeDeep(this.onChange);
      this.refresh();
    }
    return () => {
      remove();
      this.count -= 1;
      if (this.count === 0) this.stop();
    };
  };

  getSnapshot = (): Places => {
    if (!this.observing) this.refresh();
    return this.places;
  };

  private stop(): void {
    this.observing = false;
    boardMaps(this.doc).layouts.unobserveDeep(this.onChange);
  }

  private onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    // Other views' layouts (the canvas during a drag) change far more often than this one.
    if (!touchedIds(events, boardMaps(this.doc).layouts).has(this.viewId)) return;
    if (this.refresh()) this.listeners.notify();
  };

  /** Re-reads the view's places; returns whether anything changed. */
  private refresh(): boolean {
    const layout = boardMaps(this.doc).layouts.get(this.viewId);
    const next = new Map<string, Point>();
    if (layout instanceof Y.Map) {
      layout.forEach((place, id) => {
        if (!(place instanceof Y.Map)) return;
        const x = place.get('x');
        const y = place.get('y');
        if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return;
        const old = this.places.get(id);
        next.set(id, old && old.x === x && old.y === y ? old : { x, y });
      });
    }
    const same = next.size === this.places.size && [...next].every(([id, point]) => this.places.get(id) === point);
    if (!same) this.places = next;
    return !same;
  }
}
