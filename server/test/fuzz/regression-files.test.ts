import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { connectClient, eventually, whenSynced } from '../helpers/clients.ts';
import { contentOf } from '../convergence/random-edits.ts';
import { copyOf, expectedOutcome } from './oracle.ts';
import { sendHostile } from './send-hostile.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { useFuzzedBoard } from './fuzzed-board.ts';

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
  const board = useFuzzedBoard('Regression board', {}, 'facilitator');

  it('has files to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file}: the server does what its name says and the room keeps serving the others`, async () => {
      const message = new Uint8Array(readFileSync(path.join(folder, file)));
      const named = file.split('.').at(-2)!;
      const update = updateIn(message);
      const expected = expectedOutcome(board.reference, message, update, 'facilitator');
      expect(expected, 'the oracle agrees with the name').toEqual(named === 'open' ? { open: true } : { close: Number(named), why: expect.any(String) });

      const outcome = await sendHostile(board.server.syncUrl(board.boardId), message, Y.encodeStateVector(board.reference), 2000);
      if (named === 'open') {
        if (!('open' in outcome)) throw new Error(`closed: ${JSON.stringify(outcome)}`);
        Y.applyUpdate(board.reference, update!);
        const seen = copyOf(board.reference);
        Y.applyUpdate(seen, outcome.answer);
        expect(hex(Y.encodeStateVector(seen))).toBe(hex(Y.encodeStateVector(board.reference)));
        expect(contentOf(seen)).toBe(contentOf(board.reference));
      } else {
        expect(outcome).toEqual({ closed: Number(named) });
      }

      // Another client's edit still reaches the observer, which holds exactly the reference board: nothing of a
      // refused message reached the room.
      board.witness.doc.getMap('comments').set(`after ${file}`, true);
      const synced = () => hex(Y.encodeStateVector(board.observer.doc)) === hex(Y.encodeStateVector(board.reference)) && contentOf(board.observer.doc) === contentOf(board.reference);
      await eventually(synced, 3000, 'the observer to hold the reference board');
    });
  }

  it('reloads the board from disk identical to the reference replica after the replay', async () => {
    await eventually(() => board.server.app.websocketServer.clients.size === 2, 3000, 'the offenders’ sockets to be released');
    board.witness.destroy();
    board.observer.destroy();
    await board.server.close();
    board.server = await startTestServer({ dataDir: board.dataDir });
    const reader = connectClient(board.server.wsUrl, board.boardId);
    try {
      await whenSynced(reader);
      expect(hex(Y.encodeStateVector(reader.doc))).toBe(hex(Y.encodeStateVector(board.reference)));
      expect(contentOf(reader.doc)).toBe(contentOf(board.reference));
    } finally {
      reader.destroy();
    }
  });
});
