import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { connectClient, eventually, whenSynced, type SyncedClient } from '../helpers/clients.ts';
import { contentOf } from '../convergence/random-edits.ts';
import { copyOf, expectedOutcome } from './oracle.ts';
import { sendHostile } from './send-hostile.ts';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/malformed-updates');
/** `<what>.<close code or "open">.bin`: see the README in that folder. */
const files = readdirSync(folder).filter((name) => name.endsWith('.bin')).sort();
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** The Yjs update of a well-framed sync message, or undefined when the framing is what is broken. */
function updateIn(message: Uint8Array): Uint8Array | undefined {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    return decoding.readVarUint8Array(decoder);
  } catch {
    return undefined;
  }
}

describe('malformed updates kept as regression files', () => {
  let dataDir: string;
  let server: TestServer;
  let boardId: string;
  let witness: SyncedClient;
  let observer: SyncedClient;
  const reference = new Y.Doc();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-regressions-'));
    server = await startTestServer({ dataDir });
    boardId = await server.createBoard('Regression board');
    witness = connectClient(server.wsUrl, boardId);
    observer = connectClient(server.wsUrl, boardId);
    await Promise.all([whenSynced(witness), whenSynced(observer)]);
    Y.applyUpdate(reference, Y.encodeStateAsUpdate(witness.doc));
    witness.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== witness.provider) Y.applyUpdate(reference, update);
    });
  });
  afterAll(async () => {
    witness.destroy();
    observer.destroy();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('has files to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file}: the server does what its name says and the room keeps serving the others`, async () => {
      const message = new Uint8Array(readFileSync(path.join(folder, file)));
      const named = file.split('.').at(-2)!;
      const update = updateIn(message);
      const expected = expectedOutcome(reference, message, update, 'facilitator');
      expect(expected, 'the oracle agrees with the name').toEqual(named === 'open' ? { open: true } : { close: Number(named), why: expect.any(String) });

      const outcome = await sendHostile(server.syncUrl(boardId), message, Y.encodeStateVector(reference), 2000);
      if (named === 'open') {
        if (!('open' in outcome)) throw new Error(`closed: ${JSON.stringify(outcome)}`);
        Y.applyUpdate(reference, update!);
        const seen = copyOf(reference);
        Y.applyUpdate(seen, outcome.answer);
        expect(hex(Y.encodeStateVector(seen))).toBe(hex(Y.encodeStateVector(reference)));
        expect(contentOf(seen)).toBe(contentOf(reference));
      } else {
        expect(outcome).toEqual({ closed: Number(named) });
      }

      // Another client's edit still reaches the observer, which holds exactly the reference board: nothing of a
      // refused message reached the room.
      witness.doc.getMap('comments').set(`after ${file}`, true);
      const synced = () => hex(Y.encodeStateVector(observer.doc)) === hex(Y.encodeStateVector(reference)) && contentOf(observer.doc) === contentOf(reference);
      await eventually(synced, 3000, 'the observer to hold the reference board');
    });
  }

  it('reloads the board from disk identical to the reference replica after the replay', async () => {
    await eventually(() => server.app.websocketServer.clients.size === 2, 3000, 'the offenders’ sockets to be released');
    witness.destroy();
    observer.destroy();
    await server.close();
    server = await startTestServer({ dataDir });
    const reader = connectClient(server.wsUrl, boardId);
    try {
      await whenSynced(reader);
      expect(hex(Y.encodeStateVector(reader.doc))).toBe(hex(Y.encodeStateVector(reference)));
      expect(contentOf(reader.doc)).toBe(contentOf(reference));
    } finally {
      reader.destroy();
    }
  });
});
