import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, MAX_MESSAGE_BYTES } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, openRaw, whenSynced, type SyncedClient } from './helpers/clients.ts';
import { syncMessage } from './helpers/wire.ts';

const garbage = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 131 + seed * 17 + 7) % 256);

const cases: { name: string; message: () => Uint8Array; code: number }[] = [
  { name: 'a message over the size cap', message: () => new Uint8Array(MAX_MESSAGE_BYTES + 1), code: CloseCode.messageTooBig },
  { name: 'an unknown message type', message: () => Uint8Array.of(77, 1, 2, 3), code: CloseCode.unknownMessageType },
  { name: 'an unknown sync step', message: () => syncMessage(9, Uint8Array.of(0)), code: CloseCode.unknownMessageType },
  { name: 'a truncated varint', message: () => Uint8Array.of(0x80), code: CloseCode.malformedMessage },
  { name: 'garbage bytes', message: () => Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), code: CloseCode.malformedMessage },
  { name: 'a sync payload longer than the message', message: () => Uint8Array.of(0, 2, 50, 1, 2), code: CloseCode.malformedMessage },
  { name: 'a malformed Yjs update', message: () => syncMessage(2, garbage(64, 1)), code: CloseCode.invalidUpdate },
  { name: 'a malformed sync step 2', message: () => syncMessage(1, garbage(200, 2)), code: CloseCode.invalidUpdate },
  { name: 'a malformed state vector', message: () => syncMessage(0, Uint8Array.of(5, 0xff)), code: CloseCode.malformedMessage },
  { name: 'an empty message', message: () => new Uint8Array(0), code: CloseCode.malformedMessage },
];

describe('bad input on the board websocket', () => {
  let server: TestServer;
  let boardId: string;
  let witness: SyncedClient;

  beforeAll(async () => {
    server = await startTestServer();
    boardId = await server.createBoard();
    witness = connectClient(server.wsUrl, boardId);
    await whenSynced(witness);
    witness.doc.getMap('entities').set('saved-before', 'still here');
  });
  afterAll(async () => {
    witness.destroy();
    await server.close();
  });

  for (const { name, message, code } of cases) {
    it(`closes the sender of ${name} with code ${code} while the room serves everyone else`, async () => {
      const attacker = openRaw(server.syncUrl(boardId));
      await attacker.opened;
      attacker.socket.send(message());
      const closed = await attacker.closed;
      expect(closed.code).toBe(code);

      const key = `after-${code}-${name}`;
      witness.doc.getMap('entities').set(key, true);
      const newcomer = connectClient(server.wsUrl, boardId);
      try {
        await whenSynced(newcomer);
        await eventually(() => newcomer.doc.getMap('entities').get(key) === true);
        expect(newcomer.doc.getMap('entities').get('saved-before')).toBe('still here');
      } finally {
        newcomer.destroy();
      }
    });
  }

  it('refuses an invalid board id and an unknown board with named codes', async () => {
    const invalid = openRaw(`${server.wsUrl}/..%2F..%2Fetc`);
    expect((await invalid.closed).code).toBe(CloseCode.invalidBoardId);
    const unknown = openRaw(`${server.wsUrl}/AAAAAAAAAAAAAAAAAAAAAA?token=some-token`);
    expect((await unknown.closed).code).toBe(CloseCode.boardNotFound);
  });
});
