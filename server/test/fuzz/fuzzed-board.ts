import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import * as Y from 'yjs';
import type { AppOptions } from '../../src/app.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { connectClient, eventually, whenSynced, type SyncedClient } from '../helpers/clients.ts';
import { contentOf } from '../convergence/random-edits.ts';

/** A real server with one board, a writing witness, an observer, and the reference replica the oracle checks against. */
export interface FuzzedBoard {
  server: TestServer;
  dataDir: string;
  boardId: string;
  witness: SyncedClient;
  observer: SyncedClient;
  /** The board as it must be: everything the witness wrote and every input the server had to take. */
  reference: Y.Doc;
}

/** Starts the board before the file's tests and tears it all down after them. */
export function useFuzzedBoard(title: string, options: Partial<AppOptions> = {}, observerRole: 'facilitator' | 'editor' = 'facilitator'): FuzzedBoard {
  const board = { reference: new Y.Doc() } as FuzzedBoard;
  beforeAll(async () => {
    board.dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-fuzz-'));
    board.server = await startTestServer({ ...options, dataDir: board.dataDir });
    board.boardId = await board.server.createBoard(title);
    board.witness = connectClient(board.server.wsUrl, board.boardId);
    board.observer = connectClient(board.server.wsUrl, board.boardId, { token: board.server.tokens(board.boardId)[observerRole] });
    await Promise.all([whenSynced(board.witness), whenSynced(board.observer)]);
    await untilHoldingTheRoomsBoard(board, [board.witness, board.observer]);
    Y.applyUpdate(board.reference, Y.encodeStateAsUpdate(board.witness.doc));
    board.witness.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== board.witness.provider) Y.applyUpdate(board.reference, update);
    });
  });
  afterAll(async () => {
    board.witness?.destroy();
    board.observer?.destroy();
    await board.server?.close();
    if (board.dataDir) await rm(board.dataDir, { recursive: true, force: true, maxRetries: 3 });
  });
  return board;
}

/**
 * The first clients of a board that is not loaded are synced with it as stored, and receive what loading changed
 * (the mode mirrored from the catalog) a moment later; the reference starts from the board the room holds.
 */
async function untilHoldingTheRoomsBoard(board: FuzzedBoard, clients: SyncedClient[]): Promise<void> {
  const latecomer = connectClient(board.server.wsUrl, board.boardId);
  try {
    await whenSynced(latecomer);
    const vector = Buffer.from(Y.encodeStateVector(latecomer.doc)).toString('hex');
    const same = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('hex') === vector && contentOf(doc) === contentOf(latecomer.doc);
    await eventually(() => clients.every((client) => same(client.doc)), 3000, 'the first clients to hold the room’s board');
  } finally {
    latecomer.destroy();
  }
}
