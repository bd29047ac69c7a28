import { TypeGuard, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type * as Y from 'yjs';
import { isRecord } from './check.ts';
import type { EntityDefinition, LinkDefinition } from './definition.ts';
import { EntityId } from './fields.ts';
import { entityDefinition, linkDefinition, type Entity, type Link } from './registry.ts';
import { plainOf } from './y-fields.ts';

/** A valid value as it is; an array keeps its valid items; anything else falls back to the default. */
function readField(schema: TSchema, value: unknown, fallback: unknown): unknown {
  if (Array.isArray(value) && TypeGuard.IsArray(schema)) {
    return value.filter((item) => Value.Check(schema.items, item)).slice(0, schema.maxItems);
  }
  return Value.Check(schema, value) ? value : fallback;
}

function readFields(definition: EntityDefinition | LinkDefinition, raw: Record<string, unknown>, defaults: object) {
  const fallback = defaults as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(definition.schema.properties)) {
    record[key] = readField(schema, raw[key], fallback[key]);
  }
  return record;
}

/**
 * Reads a stored entity whatever another client wrote: each missing or invalid field becomes its default and
 * unknown fields are dropped. Undefined only when the type is unknown. Cross-field rules are not applied
 * (concurrent edits can leave an activity ending before it starts); analysis copes with that.
 */
export function readEntity(raw: unknown): Entity | undefined {
  if (!isRecord(raw)) return undefined;
  const definition = entityDefinition(raw.type);
  return definition && (readFields(definition, raw, definition.defaults()) as Entity);
}

/** Reads a stored link like readEntity; undefined when its type is unknown or an end is not an id. */
export function readLink(raw: unknown): Link | undefined {
  if (!isRecord(raw) || !Value.Check(EntityId, raw.from) || !Value.Check(EntityId, raw.to)) return undefined;
  const definition = linkDefinition(raw.type);
  if (!definition) return undefined;
  return readFields(definition, raw, { ...definition.defaults(), type: definition.type }) as Link;
}

/** The plain entity of a stored Y.Map, read as readEntity does. */
export function entityToPlain(map: Y.Map<unknown>): Entity | undefined {
  return readEntity(plainOf(map));
}

export function linkToPlain(map: Y.Map<unknown>): Link | undefined {
  return readLink(plainOf(map));
}
