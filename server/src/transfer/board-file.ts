import * as Y from 'yjs';
import {
  boardMaps, boardToJson, entityDefinition, isRecord, migrateBoardJson, setFields, validateEntity, validateLink,
  type BoardJson, type Entity,
} from '@roundtable/shared';

/** `board.json`: a whole board, versioned by `format` and `meta.schemaVersion` (see docs/import-export.md). */
export const BOARD_FILE_FORMAT = 'roundtable-board';

export interface BoardFile extends BoardJson {
  format: typeof BOARD_FILE_FORMAT;
  exportedAt: string;
}

/** Past this many records an import is refused rather than slowly half-read. */
export const MAX_IMPORT_RECORDS = 50_000;
const MAX_REPORTED_ERRORS = 50;

export function exportBoardFile(doc: Y.Doc): BoardFile {
  return { format: BOARD_FILE_FORMAT, exportedAt: new Date().toISOString(), ...boardToJson(doc) };
}

export type CheckedBoard = { ok: true; board: BoardJson } | { ok: false; code: 'newer_schema' | 'invalid_board'; errors: string[] };

/**
 * Brings an uploaded board to the current schema and checks every entity, link and layout entry. All or
 * nothing: any error refuses the whole file, listing where (`entities/<id>/power: …`).
 */
export function checkBoardFile(file: BoardJson): CheckedBoard {
  const migrated = migrateBoardJson(file);
  if (!migrated.ok) {
    return { ok: false, code: 'newer_schema', errors: [`the file has schema ${migrated.from}; this server knows up to ${migrated.to}`] };
  }
  const { board } = migrated;
  const errors: string[] = [];
  const count = Object.keys(board.entities).length + Object.keys(board.links).length;
  if (count > MAX_IMPORT_RECORDS) errors.push(`the file holds ${count} entities and links; at most ${MAX_IMPORT_RECORDS} can be imported`);
  const entities: Record<string, Entity> = {};
  for (const [id, plain] of Object.entries(board.entities)) {
    const result = validateEntity(plain);
    if (result.ok) entities[id] = result.value;
    else errors.push(...result.errors.map((e) => `entities/${id}${e}`));
  }
  for (const [id, plain] of Object.entries(board.links)) {
    const result = validateLink(plain, entities);
    if (!result.ok) errors.push(...result.errors.map((e) => `links/${id}${e}`));
  }
  for (const [view, places] of Object.entries(board.layouts)) {
    if (!isRecord(places)) errors.push(`layouts/${view}: expected an object`);
    else for (const [id, place] of Object.entries(places)) errors.push(...layoutErrors(`layouts/${view}/${id}`, place, id in entities));
  }
  if (errors.length > 0) return { ok: false, code: 'invalid_board', errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  return { ok: true, board };
}

function layoutErrors(where: string, place: unknown, entityExists: boolean): string[] {
  if (!entityExists) return [`${where}: no such entity`];
  if (!isRecord(place)) return [`${where}: expected an object of numbers`];
  return Object.entries(place)
    .filter(([, value]) => typeof value !== 'number' || !Number.isFinite(value))
    .map(([key]) => `${where}/${key}: expected a number`);
}

/** Writes a checked board's entities, links and layouts into a new document, keeping every id. */
export function writeBoardJson(doc: Y.Doc, board: BoardJson): void {
  const maps = boardMaps(doc);
  doc.transact(() => {
    for (const [id, plain] of Object.entries(board.entities) as [string, Record<string, unknown>][]) {
      const entity = new Y.Map<unknown>();
      maps.entities.set(id, entity);
      setFields(entity, plain, entityDefinition(plain.type)?.textFields ?? []);
    }
    for (const [id, plain] of Object.entries(board.links) as [string, Record<string, unknown>][]) {
      const link = new Y.Map<unknown>();
      maps.links.set(id, link);
      setFields(link, plain);
    }
    for (const [view, places] of Object.entries(board.layouts) as [string, Record<string, Record<string, number>>][]) {
      const layout = new Y.Map<Y.Map<number>>();
      maps.layouts.set(view, layout);
      for (const [id, place] of Object.entries(places)) layout.set(id, new Y.Map<number>(Object.entries(place)));
    }
  });
}
