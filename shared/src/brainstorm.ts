import type * as Y from 'yjs';
import { boardMaps } from './board-doc.ts';
import { isNoteColor, type NoteColor } from './entities/note.ts';
import { isRecord } from './model/check.ts';
import { newId } from './new-id.ts';

/**
 * A private brainstorm round, in `meta.brainstorm`. Only the round lives in the document: the notes people
 * write while it is collecting stay on their own devices until the facilitator reveals the round.
 */
export type BrainstormStatus = 'collecting' | 'revealed';

/** Where one screen puts its notes on reveal: the top-left of its rows, and its colour. */
export interface BrainstormPlace {
  x: number;
  y: number;
  color: NoteColor;
}

export interface BrainstormRound {
  id: string;
  prompt: string;
  status: BrainstormStatus;
  startedAt: number;
  /** Set on reveal: the top-left of the area the revealed notes fill on the canvas. */
  area: { x: number; y: number } | null;
  /** Set on reveal: a place per screen (its Y.Doc client id) that had notes waiting. */
  places: Readonly<Record<string, BrainstormPlace>>;
}

export const BRAINSTORM_KEY = 'brainstorm';
export const MAX_PROMPT_LENGTH = 300;
const MAX_PLACES = 500;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isPoint = (value: unknown): value is { x: number; y: number } =>
  isRecord(value) && isFiniteNumber(value.x) && isFiniteNumber(value.y);

function readPlaces(value: unknown): Record<string, BrainstormPlace> {
  const places: Record<string, BrainstormPlace> = {};
  if (!isRecord(value)) return places;
  for (const [key, place] of Object.entries(value).slice(0, MAX_PLACES)) {
    const color = isRecord(place) ? place.color : undefined;
    if (isPoint(place) && isNoteColor(color)) places[key] = { x: place.x, y: place.y, color };
  }
  return places;
}

/** The round as stored, or null when there is none (or what is stored is not a round). */
export function readBrainstorm(doc: Y.Doc): BrainstormRound | null {
  const raw = boardMaps(doc).meta.get(BRAINSTORM_KEY);
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  if (raw.status !== 'collecting' && raw.status !== 'revealed') return null;
  return {
    id: raw.id,
    prompt: typeof raw.prompt === 'string' ? raw.prompt.slice(0, MAX_PROMPT_LENGTH) : '',
    status: raw.status,
    startedAt: isFiniteNumber(raw.startedAt) ? raw.startedAt : 0,
    area: isPoint(raw.area) ? { x: raw.area.x, y: raw.area.y } : null,
    places: readPlaces(raw.places),
  };
}

/** Starts a new round (replacing any other); returns its id. */
export function startBrainstorm(doc: Y.Doc, prompt: string, now: number, origin?: unknown): string {
  const id = newId();
  const round: BrainstormRound = {
    id,
    prompt: prompt.trim().slice(0, MAX_PROMPT_LENGTH),
    status: 'collecting',
    startedAt: now,
    area: null,
    places: {},
  };
  doc.transact(() => boardMaps(doc).meta.set(BRAINSTORM_KEY, round), origin);
  return id;
}

/**
 * Reveals the collecting round `roundId`: every screen holding private notes for it then writes them onto the
 * board, at its place in `places` or, if it has none, below the area. Does nothing if that round is not collecting.
 */
export function revealBrainstorm(
  doc: Y.Doc,
  roundId: string,
  area: { x: number; y: number },
  places: Readonly<Record<string, BrainstormPlace>>,
  origin?: unknown,
): void {
  const round = readBrainstorm(doc);
  if (round?.id !== roundId || round.status !== 'collecting') return;
  const revealed: BrainstormRound = { ...round, status: 'revealed', area: { ...area }, places: readPlaces(places) };
  doc.transact(() => boardMaps(doc).meta.set(BRAINSTORM_KEY, revealed), origin);
}

/** Ends the round. Private notes of a round ended before its reveal are discarded by their screens. */
export function endBrainstorm(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => boardMaps(doc).meta.delete(BRAINSTORM_KEY), origin);
}
