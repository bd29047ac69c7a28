import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '@roundtable/shared';
import { connectClient, eventually, whenSynced } from '../helpers/clients.ts';
import { contentOf, Random, randomEdit } from '../convergence/random-edits.ts';
import { hostileInput, makeCorpus } from './hostile-updates.ts';
import { copyOf, expectedOutcome } from './oracle.ts';
import { sendHostile } from './send-hostile.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { useFuzzedBoard } from './fuzzed-board.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const INPUTS = Number(process.env.FUZZ_INPUTS ?? 500);
/** A message with no answer and no close within this is a hang. */
const HANG_MS = 2000;
const HEAP_GROWTH_LIMIT = 64 * 1024 * 1024;
/** One socket per input, hundreds a second: the per-address connect rate is not what this test is about. */
const connectionLimits = { maxPerAddress: 100, connectBurst: 100_000, connectsPerSecond: 100_000 };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe(`${INPUTS} malformed Yjs updates made from valid ones (seed ${SEED})`, () => {
  const board = useFuzzedBoard('Fuzzed board', { connectionLimits }, 'editor');

  it('closes each offender with its named code or holds it back, never crashing, hanging or corrupting the board', async () => {
    const corpus = makeCorpus(SEED);
    const inputs = fc.sample(hostileInput(corpus), { seed: SEED, numRuns: INPUTS });
    const random = new Random(SEED);
    const outcomes = new Map<string, number>();
    const dangling: number[] = [];
    const heapBefore = heapUsed();
    const started = performance.now();
    let slowest = 0;

    for (const [i, input] of inputs.entries()) {
      const role: Role = i % 3 === 2 ? 'editor' : 'facilitator';
      const expected = expectedOutcome(board.reference, input.message, input.update, role);
      const context = `input ${i} ${input.name} as ${role}: ${hex(input.message)}`;
      expect('partial' in expected ? expected.partial : undefined, `${context} would reach the document in part`).toBeUndefined();
      const sentAt = performance.now();
      const outcome = await sendHostile(board.server.syncUrl(board.boardId, role), input.message, Y.encodeStateVector(board.reference), HANG_MS).catch((err: unknown) => {
        throw new Error(`${context}: ${String(err)}`);
      });
      slowest = Math.max(slowest, performance.now() - sentAt);

      if ('close' in expected) {
        expect(outcome, context).toEqual({ closed: expected.close });
        outcomes.set(`closed ${expected.close}`, (outcomes.get(`closed ${expected.close}`) ?? 0) + 1);
      } else {
        if (!('open' in outcome)) throw new Error(`${context} was closed: ${JSON.stringify(outcome)}`);
        Y.applyUpdate(board.reference, input.update!);
        // What the server has beyond the reference (structs or deletions) must be nothing: it applied exactly
        // what Yjs allows, and held back what refers to structs it lacks.
        const seen = copyOf(board.reference);
        Y.applyUpdate(seen, outcome.answer);
        expect(Y.equalSnapshots(Y.snapshot(seen), Y.snapshot(board.reference)), `${context}: the server holds more than the reference`).toBe(true);
        seen.destroy();
        const kind = input.danglingClient ? 'held back' : 'applied';
        outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
        if (input.danglingClient) dangling.push(input.danglingClient);
      }

      // The room keeps serving everyone else: a witness's edit reaches the other client.
      if (i % 25 === 24) {
        randomEdit(board.witness.doc, random);
        // Deletions leave the state vector as it is: wait for the content too.
        const vector = hex(Y.encodeStateVector(board.reference));
        const content = contentOf(board.reference);
        const synced = () => hex(Y.encodeStateVector(board.observer.doc)) === vector && contentOf(board.observer.doc) === content;
        await eventually(synced, 3000, `the observer to sync after ${context}`);
      }
    }
    const ms = performance.now() - started;
    const heapGrowth = heapUsed() - heapBefore;
    if (process.env.FUZZ_REPORT) {
      console.log(`${INPUTS} inputs in ${ms.toFixed(0)} ms (slowest ${slowest.toFixed(1)} ms), heap ${(heapGrowth / 1024 / 1024).toFixed(1)} MiB`, Object.fromEntries(outcomes));
    }
    expect(heapGrowth).toBeLessThan(HEAP_GROWTH_LIMIT);
    // Every offender's socket is gone; only the witness and the observer are left.
    await eventually(() => board.server.app.websocketServer.clients.size === 2, 3000, 'the offenders’ sockets to be released');
    expect((await fetch(`${board.server.baseUrl}/healthz`)).ok).toBe(true);

    // Reload the board from disk: it must be the reference replica, with nothing of the held-back updates.
    board.witness.destroy();
    board.observer.destroy();
    await board.server.close();
    board.server = await startTestServer({ dataDir: board.dataDir, connectionLimits });
    const reader = connectClient(board.server.wsUrl, board.boardId);
    try {
      await whenSynced(reader);
      expect(hex(Y.encodeStateVector(reader.doc))).toBe(hex(Y.encodeStateVector(board.reference)));
      expect(contentOf(reader.doc)).toBe(contentOf(board.reference));
      const clients = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
      const completed = new Set(inputs.map((input) => input.wholeClient));
      expect(dangling.filter((client) => clients.has(client) && !completed.has(client))).toEqual([]);
    } finally {
      reader.destroy();
    }
  });
});
