import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Role } from '@roundtable/shared';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { connectClient, eventually, openRaw, whenSynced } from '../helpers/clients.ts';
import { SYNC_UPDATE, syncMessage } from '../helpers/wire.ts';
import { contentOf, hasPending, Random, randomEdit } from './random-edits.ts';

/** Seeds that once failed, replayed before the generated ones. */
const REGRESSION_SEEDS: number[] = [];
const SEEDS = Number(process.env.CONVERGENCE_SERVER_SEEDS ?? 10);
const STEPS = 40;
const ROLES: readonly Role[] = ['facilitator', 'editor', 'editor'];

/** A replica: its document lives on while its y-websocket provider comes and goes. */
interface Replica {
  doc: Y.Doc;
  role: Role;
  provider?: WebsocketProvider;
  /** Every update this replica made, to deliver again out of band (duplicated, or ahead of its predecessors). */
  sent: Uint8Array[];
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('convergence through a real server', () => {
  let dataDir: string;
  let server: TestServer;
  const figures = { edits: 0, disconnects: 0, resent: 0, restarts: 0 };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-convergence-'));
    server = await startTestServer({ dataDir });
  });
  afterAll(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
    if (process.env.CONVERGENCE_REPORT) console.log(`${SEEDS} seeds through a real server:`, figures);
  });

  function connect(replica: Replica, boardId: string): void {
    replica.provider = new WebsocketProvider(server.wsUrl, boardId, replica.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: { token: server.tokens(boardId)[replica.role] },
    });
  }

  function disconnect(replica: Replica): void {
    replica.provider?.destroy();
    replica.provider = undefined;
  }

  /** Sends one of a replica's updates again on a bare socket: a duplicate, or one that overtakes earlier ones. */
  async function resend(boardId: string, update: Uint8Array): Promise<void> {
    const raw = openRaw(server.syncUrl(boardId));
    await raw.opened;
    raw.socket.send(syncMessage(SYNC_UPDATE, update));
    await sleep(5);
    raw.socket.close();
    await raw.closed;
  }

  /** Stops the server with its clients connected (they are told 1001), starts it again on the same data directory. */
  async function restart(boardId: string, replicas: Replica[]): Promise<void> {
    const online = replicas.filter((replica) => replica.provider);
    await server.close();
    for (const replica of online) disconnect(replica);
    server = await startTestServer({ dataDir });
    figures.restarts += 1;
    // The new server listens on another port, so the clients that were online reconnect with new providers.
    for (const replica of online) connect(replica, boardId);
  }

  /** Everyone connected, and every replica (and a newcomer loading from the server) holding the same board. */
  async function converged(boardId: string, replicas: Replica[], what: string): Promise<void> {
    const reader = connectClient(server.wsUrl, boardId);
    try {
      await whenSynced(reader);
      const same = () => {
        const vector = hex(Y.encodeStateVector(reader.doc));
        const content = contentOf(reader.doc);
        return replicas.every((replica) => hex(Y.encodeStateVector(replica.doc)) === vector && contentOf(replica.doc) === content);
      };
      await eventually(same, 10_000, `replicas to converge (${what})`);
      expect(replicas.filter((replica) => hasPending(replica.doc))).toEqual([]);
    } finally {
      reader.destroy();
    }
  }

  async function runSeed(seed: number): Promise<void> {
    const random = new Random(seed);
    const boardId = await server.createBoard(`Convergence ${seed}`);
    const replicas: Replica[] = ROLES.map((role) => ({ doc: new Y.Doc(), role, sent: [] }));
    for (const replica of replicas) {
      replica.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== replica.provider) replica.sent.push(update);
      });
      connect(replica, boardId);
    }
    const restartAt = random.int(STEPS);
    try {
      for (let step = 0; step < STEPS; step++) {
        if (step === restartAt) await restart(boardId, replicas);
        const replica = random.pick(replicas);
        const roll = random.next();
        if (roll < 0.55) {
          randomEdit(replica.doc, random);
          figures.edits += 1;
        } else if (roll < 0.65) {
          if (replica.provider) figures.disconnects += 1;
          disconnect(replica);
        } else if (roll < 0.78) {
          if (!replica.provider) connect(replica, boardId);
        } else if (roll < 0.88) {
          const sender = random.pick(replicas);
          if (sender.sent.length > 0) {
            await resend(boardId, random.pick(sender.sent));
            figures.resent += 1;
          }
        } else {
          await sleep(random.int(20));
        }
      }
      for (const replica of replicas) if (!replica.provider) connect(replica, boardId);
      await converged(boardId, replicas, `seed ${seed}`);

      // What the server stored is the same board: restart it and load the board afresh.
      await restart(boardId, replicas);
      await converged(boardId, replicas, `seed ${seed}, reloaded from disk`);
    } finally {
      for (const replica of replicas) {
        disconnect(replica);
        replica.doc.destroy();
      }
    }
  }

  it(`ends with identical replicas for ${SEEDS} seeds of edits, disconnects, duplicated or early updates and a restart`, async () => {
    const generated = Array.from({ length: SEEDS }, (_, i) => 1 + i);
    // The seeds that once failed go first.
    for (const seed of [...REGRESSION_SEEDS, ...generated]) await runSeed(seed);
    expect(figures.edits).toBeGreaterThan(SEEDS * 10);
    expect(figures.restarts).toBeGreaterThanOrEqual(SEEDS * 2);
  });
});
