import * as Y from 'yjs';
import {
  boardMaps, createConnector, createNote, deleteEntities, deleteLinks, NOTE_DEFAULT_SIZE, type NoteColor,
} from '@roundtable/shared';
import { CANVAS_VIEW, type NoteNode } from './canvas-store.ts';

/** Every write of the canvas, framework-free. Each is one transaction with the caller's local origin. */
export interface Point {
  x: number;
  y: number;
}

/** Adds a note centred on `center`, nudged down-right while it would sit exactly on another note. */
export function addNoteAt(doc: Y.Doc, origin: unknown, center: Point, nodes: readonly NoteNode[], color?: NoteColor): string {
  let x = Math.round(center.x - NOTE_DEFAULT_SIZE.w / 2);
  let y = Math.round(center.y - NOTE_DEFAULT_SIZE.h / 2);
  for (let i = 0; i < 50 && nodes.some((n) => Math.abs(n.position.x - x) < 12 && Math.abs(n.position.y - y) < 12); i++) {
    x += 24;
    y += 24;
  }
  return createNote(doc, CANVAS_VIEW, { x, y, color }, origin);
}

export function setNoteColor(doc: Y.Doc, origin: unknown, ids: Iterable<string>, color: NoteColor): void {
  const { entities } = boardMaps(doc);
  doc.transact(() => {
    for (const id of ids) {
      const entity = entities.get(id);
      if (entity instanceof Y.Map && entity.get('color') !== color) entity.set('color', color);
    }
  }, origin);
}

/** Deletes notes (with their links and layout entries) and links in one transaction, so one undo restores all. */
export function deleteSelection(doc: Y.Doc, origin: unknown, noteIds: Iterable<string>, linkIds: Iterable<string>): void {
  doc.transact(() => {
    deleteEntities(doc, noteIds, origin);
    deleteLinks(doc, linkIds, origin);
  }, origin);
}

export function connectNotes(doc: Y.Doc, origin: unknown, from: string, to: string): string | undefined {
  return createConnector(doc, from, to, origin);
}
