import type * as Y from 'yjs';
import {
  boardMaps, linkFitsEntities, plainOf, readEntity, readLink, readPlan, type Entity, type Link, type Plan,
} from '@roundtable/shared';
import { touchedIds } from '../lib/touched-ids.ts';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

/**
 * The board's planning model as a live `Plan` (what every planning view and analysis reads). After each
 * transaction only the entities it touched are re-read; every other entity and link keeps its object
 * identity, so views can memoise per card.
 */
export class PlanStore implements ReadableStore<Plan> {
  private readonly listeners = new Listeners();
  private readonly entitiesMap: Y.Map<Y.Map<unknown>>;
  private readonly linksMap: Y.Map<Y.Map<unknown>>;
  private plan: Plan;

  constructor(doc: Y.Doc) {
    const { entities, links } = boardMaps(doc);
    this.entitiesMap = entities;
    this.linksMap = links;
    this.plan = readPlan(doc);
    entities.observeDeep(this.onEntities);
    links.observeDeep(this.onLinks);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): Plan => this.plan;

  destroy(): void {
    this.entitiesMap.unobserveDeep(this.onEntities);
    this.linksMap.unobserveDeep(this.onLinks);
  }

  private readonly onEntities = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    const entities = new Map(this.plan.entities);
    for (const id of touchedIds(events, this.entitiesMap)) {
      const entity = readEntity(plainOf(this.entitiesMap.get(id)));
      if (entity) entities.set(id, entity);
      else entities.delete(id);
    }
    this.publish(entities, this.plan.links);
  };

  private readonly onLinks = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    const links = new Map(this.plan.links);
    for (const id of touchedIds(events, this.linksMap)) {
      const link = readLink(plainOf(this.linksMap.get(id)));
      if (link) links.set(id, link);
      else links.delete(id);
    }
    this.publish(this.plan.entities, links);
  };

  /** Links are re-checked against the entities: a link to a deleted or retyped card drops out of the plan. */
  private publish(entities: ReadonlyMap<string, Entity>, candidates: ReadonlyMap<string, Link>): void {
    const links = new Map<string, Link>();
    for (const [id, link] of candidates) if (linkFitsEntities(link, entities)) links.set(id, link);
    for (const [id, raw] of this.linksMap) {
      if (links.has(id) || candidates.has(id)) continue;
      const link = readLink(plainOf(raw));
      if (link && linkFitsEntities(link, entities)) links.set(id, link);
    }
    this.plan = { entities, links };
    this.listeners.notify();
  }
}
