import { Type, type Static } from '@sinclair/typebox';
import * as Y from 'yjs';
import { boardMaps, viewLayout } from '../board-doc.ts';
import type { EntityDefinition } from '../model/definition.ts';
import { Enum, LongText, DotVotes } from '../model/fields.ts';
import { newId } from '../new-id.ts';

/** A sticky note: free text people co-type (Y.Text) and a colour from the palette. */
export const NOTE_TYPE = 'note';

export const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

export const NOTE_DEFAULT_SIZE = { w: 180, h: 120 } as const;
export const NOTE_MIN_SIZE = { w: 80, h: 60 } as const;

export function isNoteColor(value: unknown): value is NoteColor {
  return typeof value === 'string' && (NOTE_COLORS as readonly string[]).includes(value);
}

/** Plain form of a note: `text` is a string here and a Y.Text in the document. */
export const NoteSchema = Type.Object(
  { type: Type.Literal(NOTE_TYPE), text: LongText, color: Enum(NOTE_COLORS), votes: DotVotes },
  { additionalProperties: false },
);
export type Note = Static<typeof NoteSchema>;

export const noteEntity: EntityDefinition<typeof NoteSchema> = {
  type: NOTE_TYPE,
  label: 'Note',
  schema: NoteSchema,
  nameField: 'text',
  textFields: ['text'],
  defaults: () => ({ type: NOTE_TYPE, text: '', color: 'yellow' }),
};

export interface NewNote {
  x: number;
  y: number;
  text?: string;
  color?: NoteColor;
}

/** Adds a note and its place on a free-form view in one transaction; returns its id. */
export function createNote(doc: Y.Doc, viewId: string, note: NewNote, origin?: unknown): string {
  const id = newId();
  doc.transact(() => {
    const entity = new Y.Map<unknown>();
    entity.set('type', NOTE_TYPE);
    entity.set('text', new Y.Text(note.text ?? ''));
    entity.set('color', note.color ?? 'yellow');
    boardMaps(doc).entities.set(id, entity);
    const place = new Y.Map<number>();
    place.set('x', note.x);
    place.set('y', note.y);
    place.set('w', NOTE_DEFAULT_SIZE.w);
    place.set('h', NOTE_DEFAULT_SIZE.h);
    viewLayout(doc, viewId).set(id, place);
  }, origin);
  return id;
}

export function noteText(entity: Y.Map<unknown>): string {
  const text = entity.get('text');
  return text instanceof Y.Text ? text.toString() : typeof text === 'string' ? text : '';
}

export function noteColor(entity: Y.Map<unknown>): NoteColor {
  const color = entity.get('color');
  return isNoteColor(color) ? color : 'yellow';
}
