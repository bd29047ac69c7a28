import * as Y from 'yjs';
import {
  boardMaps, createNote, NOTE_DEFAULT_SIZE, type BrainstormPlace, type BrainstormRound, type NoteColor,
} from '@roundtable/shared';
import { CANVAS_VIEW } from '../canvas/canvas-store.ts';
import type { Draft } from './draft-store.ts';
import type { ScreenCount } from './waiting.ts';

/** Revealed notes sit in rows of PER_ROW, one block of rows per person, blocks stacked down the reveal area. */
export const PER_ROW = 5;
const GAP = 20;
const BLOCK_GAP = 60;
const AREA_MARGIN = 120;
const CELL_W = NOTE_DEFAULT_SIZE.w + GAP;
const CELL_H = NOTE_DEFAULT_SIZE.h + GAP;
/** Yellow, the colour of a new note, comes last so that revealed blocks stand out from notes already there. */
const PERSON_COLORS: readonly NoteColor[] = ['blue', 'pink', 'green', 'orange', 'purple', 'yellow'];

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every note's box on the canvas, read from the document. */
function canvasBoxes(doc: Y.Doc): Box[] {
  const layout = boardMaps(doc).layouts.get(CANVAS_VIEW);
  const { entities } = boardMaps(doc);
  const boxes: Box[] = [];
  if (!(layout instanceof Y.Map)) return boxes;
  layout.forEach((place, id) => {
    if (!(place instanceof Y.Map) || !entities.has(id)) return;
    const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((key) => place.get(key));
    if (typeof x === 'number' && typeof y === 'number') {
      boxes.push({ x, y, w: typeof w === 'number' ? w : NOTE_DEFAULT_SIZE.w, h: typeof h === 'number' ? h : NOTE_DEFAULT_SIZE.h });
    }
  });
  return boxes;
}

/** Where the revealed notes go: to the right of everything already on the canvas, level with its top. */
export function revealArea(doc: Y.Doc): { x: number; y: number } {
  const boxes = canvasBoxes(doc);
  if (boxes.length === 0) return { x: 0, y: 0 };
  return {
    x: Math.round(Math.max(...boxes.map((b) => b.x + b.w)) + AREA_MARGIN),
    y: Math.round(Math.min(...boxes.map((b) => b.y))),
  };
}

const blockHeight = (count: number) => Math.ceil(count / PER_ROW) * CELL_H;

/** One block per screen that has notes waiting, stacked down from `area`, each in its own colour. */
export function planPlaces(screens: readonly ScreenCount[], area: { x: number; y: number }): Record<string, BrainstormPlace> {
  const places: Record<string, BrainstormPlace> = {};
  let y = area.y;
  screens.forEach((screen, i) => {
    places[String(screen.clientId)] = { x: area.x, y, color: PERSON_COLORS[i % PERSON_COLORS.length]! };
    y += blockHeight(screen.count) + BLOCK_GAP;
  });
  return places;
}

/** The size of the planned area, for framing it on the facilitator's screen. */
export function plannedBounds(screens: readonly ScreenCount[], area: { x: number; y: number }) {
  const rows = screens.reduce((sum, s) => sum + blockHeight(s.count) + BLOCK_GAP, 0);
  const widest = Math.min(PER_ROW, Math.max(1, ...screens.map((s) => s.count)));
  return { x: area.x, y: area.y, width: widest * CELL_W, height: Math.max(CELL_H, rows - BLOCK_GAP) };
}

/** The box around the notes in the reveal area (everything right of and below its corner), or null if empty. */
export function revealedBounds(doc: Y.Doc, area: { x: number; y: number }) {
  const boxes = canvasBoxes(doc).filter((b) => b.x >= area.x && b.y >= area.y);
  if (boxes.length === 0) return null;
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: area.x, y: area.y, width: right - area.x, height: bottom - area.y };
}

/**
 * This screen's place: the one the facilitator planned for it, or (it had no notes counted at the reveal, or was
 * offline and has reloaded since) a new block below everything already in the reveal area.
 */
export function placeFor(doc: Y.Doc, round: BrainstormRound, clientId: number): BrainstormPlace {
  const planned = round.places[String(clientId)];
  if (planned) return planned;
  const area = round.area ?? revealArea(doc);
  const inArea = canvasBoxes(doc).filter((b) => b.x >= area.x - GAP);
  const y = inArea.length === 0 ? area.y : Math.max(area.y, ...inArea.map((b) => b.y + b.h)) + BLOCK_GAP;
  return { x: area.x, y, color: PERSON_COLORS[clientId % PERSON_COLORS.length]! };
}

/** Writes the notes onto the canvas at `place`, in rows, in one transaction. */
export function publishDrafts(doc: Y.Doc, origin: unknown, place: BrainstormPlace, drafts: readonly Draft[]): void {
  doc.transact(() => {
    drafts.forEach((draft, i) => {
      const x = place.x + (i % PER_ROW) * CELL_W;
      const y = place.y + Math.floor(i / PER_ROW) * CELL_H;
      createNote(doc, CANVAS_VIEW, { x, y, text: draft.text, color: place.color }, origin);
    });
  }, origin);
}
