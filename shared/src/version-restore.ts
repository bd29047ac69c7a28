import * as Y from 'yjs';
import { boardMaps } from './board-doc.ts';
import type { BoardJson } from './model/board-json.ts';
import { isRecord } from './model/check.ts';
import { entityDefinition } from './model/registry.ts';
import { setFields } from './model/y-fields.ts';

export type RestorableContent = Pick<BoardJson, 'entities' | 'links' | 'layouts'>;

/** Makes `map` hold exactly `values`: fields it lacks are deleted, the rest written only where they differ. */
function matchFields(map: Y.Map<unknown>, values: Record<string, unknown>, textFields: readonly string[] = []): void {
  for (const key of [...map.keys()]) if (!(key in values)) map.delete(key);
  setFields(map, values, textFields);
}

/** The nested Y.Map under `key`, created (or replacing anything else stored there) when missing. */
function childMap<T>(parent: Y.Map<Y.Map<T>>, key: string): Y.Map<T> {
  const current = parent.get(key);
  if (current instanceof Y.Map) return current;
  const created = new Y.Map<T>();
  parent.set(key, created);
  return created;
}

function deleteMissing(map: Y.Map<unknown>, wanted: Record<string, unknown>): void {
  for (const key of [...map.keys()]) if (!(key in wanted) || !isRecord(wanted[key])) map.delete(key);
}

/**
 * Brings the board's entities, links and layouts back to a saved version, as ordinary changes in one
 * transaction: records not in the version are deleted, missing ones re-created under their old ids, and only
 * fields that differ are written (a note's text is rewritten in its Y.Text). Nothing is replaced wholesale, so
 * connected screens see it live, the document's history keeps everything, and restoring another version undoes
 * it. `meta` (title, mode, timer, brainstorm) and comments are left as they are.
 */
export function restoreBoard(doc: Y.Doc, version: RestorableContent, origin?: unknown): void {
  const { entities, links, layouts } = boardMaps(doc);
  doc.transact(() => {
    deleteMissing(entities as Y.Map<unknown>, version.entities);
    for (const [id, plain] of Object.entries(version.entities)) {
      if (isRecord(plain)) matchFields(childMap(entities, id), plain, entityDefinition(plain.type)?.textFields);
    }
    deleteMissing(links as Y.Map<unknown>, version.links);
    for (const [id, plain] of Object.entries(version.links)) {
      if (isRecord(plain)) matchFields(childMap(links, id), plain);
    }
    deleteMissing(layouts as Y.Map<unknown>, version.layouts);
    for (const [view, places] of Object.entries(version.layouts)) {
      if (!isRecord(places)) continue;
      const layout = childMap(layouts, view);
      deleteMissing(layout as Y.Map<unknown>, places);
      for (const [id, place] of Object.entries(places)) {
        if (isRecord(place)) matchFields(childMap(layout, id) as Y.Map<unknown>, place);
      }
    }
  }, origin);
}
