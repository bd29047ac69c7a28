import type * as Y from 'yjs';
import { boardMaps } from '../board-doc.ts';

/**
 * A board as plain JSON: the four maps of the document, each entity and link a plain record (note text as a
 * string). Records that came from another client may hold anything, hence `unknown`.
 */
export interface BoardJson {
  meta: Record<string, unknown>;
  entities: Record<string, unknown>;
  links: Record<string, unknown>;
  layouts: Record<string, unknown>;
}

export function boardToJson(doc: Y.Doc): BoardJson {
  const { meta, entities, links, layouts } = boardMaps(doc);
  return { meta: meta.toJSON(), entities: entities.toJSON(), links: links.toJSON(), layouts: layouts.toJSON() };
}
