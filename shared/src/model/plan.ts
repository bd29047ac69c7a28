import type * as Y from 'yjs';
import { boardMaps } from '../board-doc.ts';
import type { BoardJson } from './board-json.ts';
import { readEntity, readLink } from './read.ts';
import { linkDefinition, type Entity, type EntityOfType, type EntityType, type Link } from './registry.ts';
import { plainOf } from './y-fields.ts';

/**
 * A read-only snapshot of a board's planning model, the input of every analysis. Entities are read
 * tolerantly (see readEntity); links whose ends are missing or of types the link does not allow are left
 * out. References held in fields (organisation, workstream, KPI target milestones) may still name a deleted
 * entity: look them up with `resolve`.
 */
export interface Plan {
  entities: ReadonlyMap<string, Entity>;
  links: ReadonlyMap<string, Link>;
}

function endAllowed(types: readonly string[] | null, entity: Entity | undefined): boolean {
  return entity !== undefined && (types === null || types.includes(entity.type));
}

/** Whether a link belongs in a plan with these entities: both ends exist, differ, and have types it allows. */
export function linkFitsEntities(link: Link, entities: ReadonlyMap<string, Entity>): boolean {
  const definition = linkDefinition(link.type);
  if (!definition || link.from === link.to) return false;
  return endAllowed(definition.fromTypes, entities.get(link.from)) && endAllowed(definition.toTypes, entities.get(link.to));
}

function planFrom(rawEntities: Iterable<[string, unknown]>, rawLinks: Iterable<[string, unknown]>): Plan {
  const entities = new Map<string, Entity>();
  for (const [id, raw] of rawEntities) {
    const entity = readEntity(raw);
    if (entity) entities.set(id, entity);
  }
  const links = new Map<string, Link>();
  for (const [id, raw] of rawLinks) {
    const link = readLink(raw);
    if (link && linkFitsEntities(link, entities)) links.set(id, link);
  }
  return { entities, links };
}

export function readPlan(doc: Y.Doc): Plan {
  const { entities, links } = boardMaps(doc);
  const plain = (map: Y.Map<Y.Map<unknown>>) => [...map.entries()].map(([id, value]): [string, unknown] => [id, plainOf(value)]);
  return planFrom(plain(entities), plain(links));
}

export function planFromJson(board: Pick<BoardJson, 'entities' | 'links'>): Plan {
  return planFrom(Object.entries(board.entities ?? {}), Object.entries(board.links ?? {}));
}

/** The entity with this id if it exists and has the given type. */
export function resolve<T extends EntityType>(plan: Plan, id: string | null | undefined, type: T): EntityOfType<T> | undefined {
  const entity = id ? plan.entities.get(id) : undefined;
  return entity?.type === type ? (entity as EntityOfType<T>) : undefined;
}
