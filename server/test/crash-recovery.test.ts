import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MessageType } from '@roundtable/shared';
import { startChildServer } from './helpers/child-server.ts';
import { compactionWasUnderway, killAtNextCompaction } from './helpers/compaction-watch.ts';
import { boardTokens, connectClient, eventually, whenSynced, type SyncedClient } from './helpers/clients.ts';

const WRITERS = 20;
/** CI runs a bounded loop; `CRASH_CYCLES=1000 npx vitest run test/crash-recovery.test.ts` runs a long one. */
const KILL_CYCLES = Number(process.env.CRASH_CYCLES ?? 100);
/**
 * Every cycle brings 20 new writers, and a board remembers every writer it has had: a long run starts a new board
 * this often, so cycle 1,000 is as quick as cycle 1 (a board with 20,000 writers is not what is under test).
 */
const CYCLES_PER_BOARD = 100;
/** Generous: a long run shares the machine; a cycle that hangs still fails. */
const FIRST_ACKS_WITHIN_MS = 20_000;
/** Each writer's pace: 100 updates a second, 2,000 a second into the room from all of them. */
const WRITE_EVERY_MS = 10;
/**
 * 2 KB values, each writer cycling over 10 keys: about 4 MB/s into the log, so it passes the 1 MiB compaction
 * threshold several times a second, while the board itself stays near 400 KB (overwritten values are dropped).
 */
const VALUE = 'x'.repeat(2048);
const KEYS_PER_WRITER = 10;

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-crash-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function createBoard(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Crash test' }),
  });
  const board = (await response.json()) as { id: string; tokens: { facilitator: string; editor: string; viewer: string } };
  boardTokens.set(board.id, board.tokens);
  return board.id;
}

/** The highest clock of each writer that the server has acknowledged as fsynced. */
function trackAcks(client: SyncedClient, acked: Map<number, number>): void {
  client.provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
    const sv = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    const clock = sv.get(client.doc.clientID) ?? 0;
    acked.set(client.doc.clientID, Math.max(acked.get(client.doc.clientID) ?? 0, clock));
  };
}

function startWriting(writers: SyncedClient[]): () => void {
  const timers = writers.map((writer, i) => {
    let n = 0;
    return setInterval(() => {
      writer.doc.getMap('entities').set(`w${i}-${n % KEYS_PER_WRITER}`, `${n}:${VALUE}`);
      n += 1;
    }, WRITE_EVERY_MS);
  });
  return () => timers.forEach(clearInterval);
}

describe('crash recovery', () => {
  it(`loses no acknowledged update when the server is SIGKILLed while ${WRITERS} clients write, also mid-compaction (${KILL_CYCLES} cycles)`, async () => {
    let server = await startChildServer(dataDir);
    let boardId = '';
    let boardDir = '';
    /** The highest acknowledged clock of each writer of the current board. */
    let acked = new Map<number, number>();
    let ackedUpdates = 0;
    let killedMidCompaction = 0;

    for (let cycle = 0; cycle < KILL_CYCLES; cycle++) {
      if (cycle % CYCLES_PER_BOARD === 0) {
        ackedUpdates += [...acked.values()].reduce((a, b) => a + b, 0);
        acked = new Map();
        boardId = await createBoard(server.baseUrl);
        boardDir = path.join(dataDir, 'boards', boardId);
      }
      const writers = Array.from({ length: WRITERS }, () => connectClient(server.wsUrl, boardId, { ack: '1' }));
      writers.forEach((w) => trackAcks(w, acked));
      await Promise.all(writers.map(whenSynced));
      // Half the kills land at a random moment, half the moment a compaction starts.
      const killer = cycle % 2 === 1 ? await killAtNextCompaction(boardDir, server.process.pid!, 3_000) : undefined;
      const stopWriting = startWriting(writers);
      if (killer) {
        await killer.killed;
      } else {
        const unacked = () => writers.filter((w) => (acked.get(w.doc.clientID) ?? 0) === 0).length;
        await eventually(() => unacked() === 0, FIRST_ACKS_WITHIN_MS).catch(() => {
          throw new Error(`cycle ${cycle}: ${unacked()} of ${WRITERS} writers had no acknowledgement; server said:\n${server.output().slice(-4000)}`);
        });
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 350));
      }
      server.process.kill('SIGKILL');
      await server.exited;
      stopWriting();
      writers.forEach((w) => w.destroy());
      if (await compactionWasUnderway(boardDir)) killedMidCompaction += 1;

      server = await startChildServer(dataDir);
      const reader = connectClient(server.wsUrl, boardId);
      await whenSynced(reader);
      const stored = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
      for (const [clientId, clock] of acked) {
        expect(stored.get(clientId) ?? 0, `writer ${clientId} in cycle ${cycle}`).toBeGreaterThanOrEqual(clock);
      }
      expect(reader.doc.getMap('meta').get('title')).toBe('Crash test');
      reader.destroy();
    }
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // The timed kills must really catch compactions, or the loop proves nothing about them.
    expect(killedMidCompaction).toBeGreaterThanOrEqual(Math.floor(KILL_CYCLES / 4));
    ackedUpdates += [...acked.values()].reduce((a, b) => a + b, 0);
    console.log(`[figure] crash recovery: ${KILL_CYCLES} SIGKILLs (${killedMidCompaction} mid-compaction) with ${WRITERS} writers, ${ackedUpdates} acknowledged updates, 0 lost`);
  }, 30_000 + KILL_CYCLES * 10_000);

  it('saves every update, acknowledged or not, on a graceful SIGTERM with clients connected', async () => {
    let server = await startChildServer(dataDir);
    const boardId = await createBoard(server.baseUrl);
    const writer = connectClient(server.wsUrl, boardId);
    const reader = connectClient(server.wsUrl, boardId);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    for (let i = 0; i < 200; i++) writer.doc.getMap('entities').set(`k${i}`, i);
    await eventually(() => reader.doc.getMap('entities').size === 200);
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    writer.destroy();
    reader.destroy();

    server = await startChildServer(dataDir);
    const after = connectClient(server.wsUrl, boardId);
    await whenSynced(after);
    expect(after.doc.getMap('entities').size).toBe(200);
    after.destroy();
    server.process.kill('SIGTERM');
    await server.exited;
  }, 60_000);
});
