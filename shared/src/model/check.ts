import { TypeGuard, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import { Value, type ValueError } from '@sinclair/typebox/value';
import * as Y from 'yjs';
import type { EntityDefinition, LinkDefinition, Validation } from './definition.ts';

/** The type of the entity with this id, or undefined when there is none. */
export type EntityTypeOf = (id: string) => unknown;

/** Entities by id: a plan's Map, the `entities` record of a board export, or the document's `entities` Y.Map. */
export type EntitiesById = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>> | Y.Map<unknown>;

const MAX_ERRORS = 20;

export function typeOfIn(entities: EntitiesById): EntityTypeOf {
  const get = (id: string): unknown => {
    if (entities instanceof Y.Map || entities instanceof Map) return entities.get(id);
    return Object.hasOwn(entities, id) ? (entities as Record<string, unknown>)[id] : undefined;
  };
  return (id) => {
    const entity = get(id);
    if (entity instanceof Y.Map) return entity.get('type');
    return isRecord(entity) ? entity.type : undefined;
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A date-time string as the app stores one (ISO, from `Date#toISOString`), read tolerantly: anything `Date` parses. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value));
}

function describe(schema: TSchema): string {
  if (TypeGuard.IsLiteral(schema)) return JSON.stringify(schema.const);
  if (TypeGuard.IsNull(schema)) return 'null';
  if (TypeGuard.IsString(schema) && schema.format) return 'a date YYYY-MM-DD';
  return `a ${String(schema.type)}`;
}

/** TypeBox says only 'Expected union value'; list the choices instead. */
function messageOf(error: ValueError): string {
  return TypeGuard.IsUnion(error.schema) ? `expected ${error.schema.anyOf.map(describe).join(' or ')}` : error.message;
}

function schemaErrors(schema: TSchema, value: unknown): string[] {
  const errors: string[] = [];
  for (const error of Value.Errors(schema, value)) {
    errors.push(`${error.path || '/'}: ${messageOf(error)}`);
    if (errors.length === MAX_ERRORS) break;
  }
  return errors;
}

/** Missing (or undefined) fields take their defaults; present ones are kept as they are, to be checked. */
function withDefaults(defaults: object, plain: Record<string, unknown>): Record<string, unknown> {
  const value: Record<string, unknown> = { ...defaults };
  for (const [key, field] of Object.entries(plain)) if (field !== undefined) value[key] = field;
  return value;
}

interface Reference {
  path: string;
  id: string;
  /** Allowed entity types, or null for any. */
  types: readonly string[] | null;
}

function referenceErrors(references: readonly Reference[], typeOf: EntityTypeOf | undefined): string[] {
  if (!typeOf) return [];
  return references.flatMap(({ path, id, types }) => {
    const actual = typeOf(id);
    if (actual === undefined) return [`/${path}: there is no entity '${id}'`];
    if (types && !types.includes(actual as string)) return [`/${path}: '${id}' is a ${String(actual)}, expected ${types.join(' or ')}`];
    return [];
  });
}

export function checkEntity<S extends TObject>(
  definition: EntityDefinition<S>,
  plain: Record<string, unknown>,
  typeOf?: EntityTypeOf,
): Validation<Static<S>> {
  const value = withDefaults(definition.defaults(), plain);
  let errors = schemaErrors(definition.schema, value);
  if (errors.length === 0) {
    const entity = value as Static<S>;
    const references = (definition.references?.(entity) ?? []).map(({ path, id, type }) => ({ path, id, types: [type] }));
    errors = [...(definition.check?.(entity) ?? []), ...referenceErrors(references, typeOf)];
    if (errors.length === 0) return { ok: true, value: entity };
  }
  return { ok: false, errors };
}

export function checkLink<S extends TObject>(
  definition: LinkDefinition<S>,
  plain: Record<string, unknown>,
  typeOf?: EntityTypeOf,
): Validation<Static<S>> {
  const value = withDefaults(definition.defaults(), plain);
  const errors = schemaErrors(definition.schema, value);
  if (errors.length === 0) {
    const [from, to] = [value.from as string, value.to as string];
    if (from === to) errors.push('/to: a link cannot join an entity to itself');
    const ends = [
      { path: 'from', id: from, types: definition.fromTypes },
      { path: 'to', id: to, types: definition.toTypes },
    ];
    errors.push(...referenceErrors(ends, typeOf));
    if (errors.length === 0) return { ok: true, value: value as Static<S> };
  }
  return { ok: false, errors };
}
