import { buildRealisticBoard, type BuiltBoard } from './board.ts';
import { LoadClient } from './load-client.ts';
import { mapLimit, type ClientPool } from './pool.ts';
import { RoomSyncCheck } from './sync-check.ts';
import type { WireKind } from './wire.ts';

/** Where one room lives: what a client needs to open it. */
export interface RoomTarget {
  url: string;
  docName: string;
  wire: WireKind;
  room: string;
}

export interface SeedResult {
  stateVector: Uint8Array;
  updateBytes: number;
  entities: number;
  links: number;
}

const boards = new Map<number, BuiltBoard>();

function boardOf(entities: number): BuiltBoard {
  let board = boards.get(entities);
  if (!board) boards.set(entities, (board = buildRealisticBoard(entities)));
  return board;
}

/**
 * Sends one client's update to a room and waits until the server has applied it: after the update it asks for
 * sync again until the server's answer holds every change the update made.
 */
export async function pushUpdate(target: RoomTarget, update: Uint8Array, stateVector: Uint8Array, id: number, timeoutMs: number): Promise<void> {
  const client = new LoadClient({ id, url: target.url, docName: target.docName, wire: target.wire, room: target.room, writer: false }, undefined);
  try {
    const timing = await client.connect(timeoutMs);
    if (!timing.ok) throw new Error(`seeding ${target.room}: ${timing.error}`);
    client.sendUpdate(update);
    await client.confirm((answer) => RoomSyncCheck.fromStateVector(stateVector)!.progress().add(answer), timeoutMs);
  } finally {
    await client.close();
  }
}

/** Fills every room with the same realistic board of `entities` cards; later clients of these rooms expect it. */
export async function seedRooms(pool: ClientPool, targets: RoomTarget[], entities: number, concurrency: number, timeoutMs: number): Promise<SeedResult> {
  const board = boardOf(entities);
  await mapLimit(targets, concurrency, async (target) => {
    await pushUpdate(target, board.update, board.stateVector, -1, timeoutMs);
    pool.expect(target.room, board.stateVector);
  });
  return { stateVector: board.stateVector, updateBytes: board.update.byteLength, entities: board.entities, links: board.links };
}
