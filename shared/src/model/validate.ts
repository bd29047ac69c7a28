import { checkEntity, checkLink, isRecord, typeOfIn, type EntitiesById } from './check.ts';
import type { Validation } from './definition.ts';
import { entityDefinition, linkDefinition, type Entity, type Link } from './registry.ts';

/**
 * Checks a plain entity (`{ type, ...fields }`) where data enters: REST bodies, imports. Missing fields take
 * their defaults; unknown fields, wrong types and out-of-range values are errors. Given the board's entities,
 * it also checks that referenced ids (organisation, workstream, KPI target milestones) exist with the right type.
 */
export function validateEntity(plain: unknown, entitiesById?: EntitiesById): Validation<Entity> {
  if (!isRecord(plain)) return { ok: false, errors: ['/: expected an object'] };
  const definition = entityDefinition(plain.type);
  if (!definition) return { ok: false, errors: [`/type: unknown entity type ${JSON.stringify(plain.type)}`] };
  return checkEntity(definition, plain, entitiesById && typeOfIn(entitiesById)) as Validation<Entity>;
}

/**
 * Checks a plain link (`{ type, from, to, ...fields }`). Given the board's entities, it also checks that both
 * ends exist and have types this link allows (e.g. a mitigation runs from a risk to a workstream or milestone).
 */
export function validateLink(plain: unknown, entitiesById?: EntitiesById): Validation<Link> {
  if (!isRecord(plain)) return { ok: false, errors: ['/: expected an object'] };
  const definition = linkDefinition(plain.type);
  if (!definition) return { ok: false, errors: [`/type: unknown link type ${JSON.stringify(plain.type)}`] };
  return checkLink(definition, plain, entitiesById && typeOfIn(entitiesById)) as Validation<Link>;
}
