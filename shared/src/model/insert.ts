import type { TObject } from '@sinclair/typebox';
import * as Y from 'yjs';
import { boardMaps } from '../board-doc.ts';
import { newId } from '../new-id.ts';
import { checkEntity, checkLink, typeOfIn, type EntityTypeOf } from './check.ts';
import type { EntityDefinition, LinkDefinition } from './definition.ts';
import { setFields } from './y-fields.ts';

export type WriteResult = { ok: true; id: string } | { ok: false; errors: string[] };

export function docTypeOf(doc: Y.Doc): EntityTypeOf {
  return typeOfIn(boardMaps(doc).entities);
}

function typeMismatch(fields: object, type: string): WriteResult | undefined {
  const given = (fields as { type?: unknown }).type;
  return given === undefined || given === type ? undefined : { ok: false, errors: [`/type: expected '${type}'`] };
}

/** Adds a valid entity with defaults for missing fields, in one transaction; refuses an invalid one. */
export function insertEntity<S extends TObject>(
  doc: Y.Doc,
  definition: EntityDefinition<S>,
  fields: object,
  origin?: unknown,
): WriteResult {
  const mismatch = typeMismatch(fields, definition.type);
  if (mismatch) return mismatch;
  const checked = checkEntity(definition, { ...fields, type: definition.type }, docTypeOf(doc));
  if (!checked.ok) return checked;
  const id = newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    boardMaps(doc).entities.set(id, map);
    setFields(map, checked.value as Record<string, unknown>, definition.textFields);
  }, origin);
  return { ok: true, id };
}

/** Adds a valid link between two existing entities of allowed types; refuses a duplicate of the same type. */
export function insertLink<S extends TObject>(
  doc: Y.Doc,
  definition: LinkDefinition<S>,
  from: string,
  to: string,
  fields: object = {},
  origin?: unknown,
): WriteResult {
  const mismatch = typeMismatch(fields, definition.type);
  if (mismatch) return mismatch;
  const checked = checkLink(definition, { ...fields, type: definition.type, from, to }, docTypeOf(doc));
  if (!checked.ok) return checked;
  const { links } = boardMaps(doc);
  for (const link of links.values()) {
    if (link instanceof Y.Map && link.get('type') === definition.type && link.get('from') === from && link.get('to') === to) {
      return { ok: false, errors: [`/to: this ${definition.type} already exists`] };
    }
  }
  const id = newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    links.set(id, map);
    setFields(map, checked.value as Record<string, unknown>);
  }, origin);
  return { ok: true, id };
}
