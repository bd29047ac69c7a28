import * as Y from 'yjs';
import { boardMaps } from './board-doc.ts';

/** Version of the board document layout. Bumped only together with a new named step in MIGRATIONS. */
export const SCHEMA_VERSION = 1;

export interface BoardMeta {
  title: string;
  template: string;
}

/** Writes the meta of a brand-new board. Only the server calls this, when a board is created. */
export function initBoardDoc(doc: Y.Doc, meta: BoardMeta): void {
  const map = boardMaps(doc).meta;
  doc.transact(() => {
    map.set('schemaVersion', SCHEMA_VERSION);
    map.set('title', meta.title);
    map.set('template', meta.template);
  });
}

export function schemaVersionOf(doc: Y.Doc): number | undefined {
  const version = boardMaps(doc).meta.get('schemaVersion');
  return typeof version === 'number' ? version : undefined;
}
