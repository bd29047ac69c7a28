import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MessageType } from '@roundtable/shared';
import { SYNC_STEP_1 } from './wire.ts';
import type { ServerUnderTest } from './use-server.ts';

/** Applies the sync step 2 and update messages a raw socket received to a document; returns the sync steps seen. */
export function replay(messages: Uint8Array[], doc: Y.Doc): number[] {
  const steps: number[] = [];
  for (const message of messages) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MessageType.sync) continue;
    const step = decoding.readVarUint(decoder);
    steps.push(step);
    if (step !== SYNC_STEP_1) Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  }
  return steps;
}

async function roomsLoaded(t: ServerUnderTest): Promise<number> {
  return ((await (await fetch(`${t.server.baseUrl}/healthz`)).json()) as { rooms: number }).rooms;
}

/** A board with `entities` cards, written by a client that has left, and its room unloaded (stored as a snapshot). */
export async function boardLeftUnloaded(t: ServerUnderTest, entities: number): Promise<string> {
  const boardId = await t.server.createBoard('Stored');
  const writer = await t.join(boardId);
  for (let i = 0; i < entities; i++) writer.doc.getMap('entities').set(`e${i}`, i);
  await new Promise((resolve) => setTimeout(resolve, 50));
  writer.destroy();
  t.clients.splice(t.clients.indexOf(writer), 1);
  for (let tries = 0; tries < 100 && (await roomsLoaded(t)) > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  if ((await roomsLoaded(t)) > 0) throw new Error('the board’s room did not unload');
  return boardId;
}
