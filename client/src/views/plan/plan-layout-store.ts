import type * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { touchedIds } from '../../lib/touched-ids.ts';
import { Listeners, type ReadableStore } from '../../lib/value-store.ts';
import { PLAN_VIEW, readPlanPlaces, type PlanPlace } from './plan-layout.ts';

/**
 * The plan layout as a live map of places. It observes the document only while someone is subscribed, so a
 * component can create it without having to destroy it.
 */
export class PlanLayoutStore implements ReadableStore<ReadonlyMap<string, PlanPlace>> {
  private readonly listeners = new Listeners();
  private places: ReadonlyMap<string, PlanPlace>;
  private subscribers = 0;

  constructor(private readonly doc: Y.Doc) {
    this.places = readPlanPlaces(doc);
  }

  subscribe = (listener: () => void): (() => void) => {
    const remove = this.listeners.add(listener);
    if (this.subscribers++ === 0) {
      boardMaps(this.doc).layouts.observeDeep(this.onLayouts);
      this.refresh();
    }
    return () => {
      remove();
      if (--this.subscribers === 0) boardMaps(this.doc).layouts.unobserveDeep(this.onLayouts);
    };
  };

  getSnapshot = (): ReadonlyMap<string, PlanPlace> => this.places;

  private readonly onLayouts = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    if (touchedIds(events, boardMaps(this.doc).layouts).has(PLAN_VIEW)) this.refresh();
  };

  private refresh(): void {
    this.places = readPlanPlaces(this.doc);
    this.listeners.notify();
  }
}
