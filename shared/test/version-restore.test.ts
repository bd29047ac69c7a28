import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { boardMaps, boardToJson, createNote, deleteEntities, readPlan, restoreBoard, updateEntity } from '../src/index.ts';
import { Board } from './helpers.ts';

/** A copy of a document as a version stores it: its full state, loaded into a fresh Y.Doc. */
function versionOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function syncBoth(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function sampleBoard() {
  const board = new Board();
  const org = board.add('organisation', { name: 'Riverside NHS Trust' });
  const person = board.add('stakeholder', { name: 'Chief Nurse', organisation: org, power: 8 });
  const first = board.add('activity', { title: 'Recruit staff' });
  const second = board.add('activity', { title: 'Open clinic' });
  board.link('dependency', first, second);
  const note = createNote(board.doc, 'canvas', { x: 10, y: 20, text: 'Keep families informed' });
  return { board, org, person, first, second, note };
}

describe('restoreBoard', () => {
  it('brings entities, links, layouts and note text back to the version', () => {
    const { board, org, person, first, note } = sampleBoard();
    const version = versionOf(board.doc);

    updateEntity(board.doc, person, { power: 2, role: 'Director' });
    deleteEntities(board.doc, [org, first]);
    board.add('risk', { title: 'Added after the version' });
    const text = boardMaps(board.doc).entities.get(note)!.get('text') as Y.Text;
    text.insert(text.length, ' every week');
    boardMaps(board.doc).layouts.get('canvas')!.get(note)!.set('x', 500);

    restoreBoard(board.doc, boardToJson(version), 'restore');

    expect(readPlan(board.doc)).toEqual(readPlan(version));
    expect(boardToJson(board.doc).layouts).toEqual(boardToJson(version).layouts);
    // The note's text stays co-editable: the same Y.Text, now holding the old words.
    expect(boardMaps(board.doc).entities.get(note)!.get('text')).toBe(text);
    expect(text.toString()).toBe('Keep families informed');
  });

  it('writes nothing when the board already matches the version', () => {
    const { board } = sampleBoard();
    const updates: Uint8Array[] = [];
    board.doc.on('update', (update: Uint8Array) => updates.push(update));
    restoreBoard(board.doc, boardToJson(versionOf(board.doc)));
    expect(updates).toHaveLength(0);
  });

  it('reaches other copies of the board as one ordinary update, without dropping their history', () => {
    const { board, person } = sampleBoard();
    const version = versionOf(board.doc);
    const other = versionOf(board.doc);
    const addedElsewhere = new Board();
    Y.applyUpdate(addedElsewhere.doc, Y.encodeStateAsUpdate(other));
    const late = addedElsewhere.add('risk', { title: 'Raised in the workshop' });
    updateEntity(addedElsewhere.doc, person, { name: 'Chief Nurse (interim)' });
    syncBoth(board.doc, addedElsewhere.doc);
    const before = Y.decodeStateVector(Y.encodeStateVector(addedElsewhere.doc));
    const withLate = versionOf(addedElsewhere.doc);

    const updates: Uint8Array[] = [];
    board.doc.on('update', (update: Uint8Array) => updates.push(update));
    restoreBoard(board.doc, boardToJson(version), 'restore');
    expect(updates).toHaveLength(1);
    Y.applyUpdate(addedElsewhere.doc, updates[0]!);

    expect(readPlan(addedElsewhere.doc)).toEqual(readPlan(version));
    expect(readPlan(addedElsewhere.doc).entities.has(late)).toBe(false);
    const after = Y.decodeStateVector(Y.encodeStateVector(addedElsewhere.doc));
    for (const [client, clock] of before) expect(after.get(client)).toBeGreaterThanOrEqual(clock);
    // Restoring is undone by restoring the version saved before it: the risk comes back under its own id.
    restoreBoard(board.doc, boardToJson(withLate), 'restore');
    expect(readPlan(board.doc).entities.get(late)).toMatchObject({ type: 'risk', title: 'Raised in the workshop' });
    expect(readPlan(board.doc)).toEqual(readPlan(withLate));
  });
});
