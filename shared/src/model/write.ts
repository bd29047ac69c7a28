import * as Y from 'yjs';
import { boardMaps } from '../board-doc.ts';
import { checkEntity, checkLink } from './check.ts';
import type { EntityFields } from './definition.ts';
import { docTypeOf, insertEntity, insertLink, type WriteResult } from './insert.ts';
import { readEntity, readLink } from './read.ts';
import { entityDefinition, linkDefinition, type EntityOfType, type EntityType, type LinkOfType, type LinkType } from './registry.ts';
import { plainOf, setFields } from './y-fields.ts';

type Fields = Record<string, unknown>;
export type UpdateResult = { ok: true } | { ok: false; errors: string[] };
type LinkFields<T extends LinkType> = Partial<Omit<LinkOfType<T>, 'type' | 'from' | 'to'>>;

/** Adds an entity of any type with defaults for missing fields, in one transaction; refuses an invalid one. */
export function createEntity<T extends EntityType>(doc: Y.Doc, type: T, fields?: EntityFields<EntityOfType<T>>, origin?: unknown): WriteResult;
export function createEntity(doc: Y.Doc, type: string, fields?: Fields, origin?: unknown): WriteResult;
export function createEntity(doc: Y.Doc, type: string, fields: Fields = {}, origin?: unknown): WriteResult {
  const definition = entityDefinition(type);
  if (!definition) return { ok: false, errors: [`/type: unknown entity type ${JSON.stringify(type)}`] };
  return insertEntity(doc, definition, fields, origin);
}

/** Adds a link between two existing entities of types it allows; refuses an invalid or duplicate one. */
export function createLink<T extends LinkType>(doc: Y.Doc, type: T, from: string, to: string, fields?: LinkFields<T>, origin?: unknown): WriteResult;
export function createLink(doc: Y.Doc, type: string, from: string, to: string, fields?: Fields, origin?: unknown): WriteResult;
export function createLink(doc: Y.Doc, type: string, from: string, to: string, fields: Fields = {}, origin?: unknown): WriteResult {
  const definition = linkDefinition(type);
  if (!definition) return { ok: false, errors: [`/type: unknown link type ${JSON.stringify(type)}`] };
  return insertLink(doc, definition, from, to, fields, origin);
}

/**
 * Writes the patched fields that changed, in one transaction. Refuses only errors the patch brings: a card
 * already pointing at a deleted organisation can still be dragged.
 */
function applyPatch(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  current: Fields,
  patch: Fields,
  check: (plain: Fields) => UpdateResult,
  origin: unknown,
  textFields?: readonly string[],
): UpdateResult {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const after = check({ ...current, ...changes });
  if (!after.ok) {
    const before = check(current);
    const known = new Set(before.ok ? [] : before.errors);
    const errors = after.errors.filter((error) => !known.has(error));
    if (errors.length > 0) return { ok: false, errors };
  }
  doc.transact(() => setFields(map, changes, textFields), origin);
  return { ok: true };
}

/**
 * Changes some fields of an entity after checking the result; writes only the fields that changed, so a
 * concurrent edit to another field of the same card survives. Undefined values in the patch are ignored.
 */
export function updateEntity(doc: Y.Doc, id: string, patch: Fields, origin?: unknown): UpdateResult {
  const map = boardMaps(doc).entities.get(id);
  const current = readEntity(plainOf(map));
  if (!map || !current) return { ok: false, errors: [`/: there is no entity '${id}'`] };
  if (patch.type !== undefined && patch.type !== current.type) return { ok: false, errors: ['/type: an entity cannot change type'] };
  const definition = entityDefinition(current.type)!;
  const check = (plain: Fields) => checkEntity(definition, plain, docTypeOf(doc));
  return applyPatch(doc, map, current, patch, check, origin, definition.textFields);
}

/** Changes the fields of a link (not its type or ends: delete it and create another). */
export function updateLink(doc: Y.Doc, id: string, patch: Fields, origin?: unknown): UpdateResult {
  const map = boardMaps(doc).links.get(id);
  const current = readLink(plainOf(map));
  if (!map || !current) return { ok: false, errors: [`/: there is no link '${id}'`] };
  for (const key of ['type', 'from', 'to'] as const) {
    if (patch[key] !== undefined && patch[key] !== current[key]) return { ok: false, errors: [`/${key}: a link cannot change its ${key}`] };
  }
  const definition = linkDefinition(current.type)!;
  return applyPatch(doc, map, current, patch, (plain) => checkLink(definition, plain, docTypeOf(doc)), origin);
}
