import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MessageType } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, openRaw, whenSynced, type SyncedClient } from './helpers/clients.ts';

let server: TestServer;
const clients: SyncedClient[] = [];
const client = (boardId: string, params?: Record<string, string>) => {
  const c = connectClient(server.wsUrl, boardId, params);
  clients.push(c);
  return c;
};

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

describe('sync with unmodified y-websocket clients', () => {
  it('syncs edits both ways between two clients', async () => {
    const boardId = await server.createBoard();
    const alice = client(boardId);
    const bob = client(boardId);
    await Promise.all([whenSynced(alice), whenSynced(bob)]);

    alice.doc.getMap('entities').set('a', 'from alice');
    bob.doc.getMap('entities').set('b', 'from bob');
    await eventually(() => alice.doc.getMap('entities').size === 2 && bob.doc.getMap('entities').size === 2);
    expect(alice.doc.getMap('entities').toJSON()).toEqual({ a: 'from alice', b: 'from bob' });
    expect(bob.doc.getMap('entities').toJSON()).toEqual({ a: 'from alice', b: 'from bob' });
  });

  it('sends a newcomer the board meta written at creation and everything edited before it joined', async () => {
    const boardId = await server.createBoard('Discharge planning');
    const alice = client(boardId);
    await whenSynced(alice);
    alice.doc.getMap('entities').set('n1', 'note');
    const carol = client(boardId);
    await whenSynced(carol);
    await eventually(() => carol.doc.getMap('entities').get('n1') === 'note');
    expect(carol.doc.getMap('meta').get('title')).toBe('Discharge planning');
    expect(carol.doc.getMap('meta').get('schemaVersion')).toBe(1);
  });

  it('relays awareness and removes a peer from awareness when its socket closes', async () => {
    const boardId = await server.createBoard();
    const alice = client(boardId);
    const bob = client(boardId);
    await Promise.all([whenSynced(alice), whenSynced(bob)]);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    const aliceId = alice.doc.clientID;
    await eventually(() => (bob.provider.awareness.getStates().get(aliceId) as { user?: { name: string } } | undefined)?.user?.name === 'Alice');

    alice.provider.ws?.close();
    alice.provider.shouldConnect = false;
    await eventually(() => !bob.provider.awareness.getStates().has(aliceId), 5000, 'awareness removal');
  });

  it('keeps the board after the room unloads and serves it again on the next connection', async () => {
    const boardId = await server.createBoard();
    const alice = client(boardId);
    await whenSynced(alice);
    alice.doc.getMap('entities').set('kept', 42);
    alice.destroy();
    const health = async () => ((await (await fetch(`${server.baseUrl}/healthz`)).json()) as { rooms: number }).rooms;
    const deadline = Date.now() + 5000;
    while ((await health()) !== 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await health()).toBe(0);

    const bob = client(boardId);
    await whenSynced(bob);
    await eventually(() => bob.doc.getMap('entities').get('kept') === 42);
  });

  it('gives two connections racing on a cold board one room', async () => {
    const boardId = await server.createBoard();
    const alice = client(boardId);
    const bob = client(boardId);
    await Promise.all([whenSynced(alice), whenSynced(bob)]);
    const health = (await (await fetch(`${server.baseUrl}/healthz`)).json()) as { rooms: number };
    expect(health.rooms).toBe(1);
    alice.doc.getMap('entities').set('x', 1);
    await eventually(() => bob.doc.getMap('entities').get('x') === 1);
  });

  it('queues messages that arrive while the board loads instead of dropping them', async () => {
    const boardId = await server.createBoard();
    const raw = openRaw(server.syncUrl(boardId));
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    source.getMap('entities').set('early', 'bird');
    await raw.opened;
    // Sent at once on open, before the server's first message: the room is still loading.
    for (const update of updates) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.sync);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, update);
      raw.socket.send(encoding.toUint8Array(encoder));
    }
    const reader = client(boardId);
    await whenSynced(reader);
    await eventually(() => reader.doc.getMap('entities').get('early') === 'bird');
    raw.socket.close();
  });
});

describe('durability acknowledgements', () => {
  function savedVectors(c: SyncedClient): Map<number, number>[] {
    const received: Map<number, number>[] = [];
    c.provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
      received.push(Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
    };
    return received;
  }

  it('tells an ack=1 client that its edits are fsynced, with a state vector covering them', async () => {
    const boardId = await server.createBoard();
    const writer = client(boardId, { ack: '1' });
    const received = savedVectors(writer);
    await whenSynced(writer);
    for (let i = 0; i < 20; i++) writer.doc.getMap('entities').set(`k${i}`, i);
    const myClock = Y.decodeStateVector(Y.encodeStateVector(writer.doc)).get(writer.doc.clientID) ?? 0;
    expect(myClock).toBeGreaterThan(0);
    await eventually(() => received.some((sv) => (sv.get(writer.doc.clientID) ?? 0) >= myClock), 5000, 'ack');
  });

  it('sends no acknowledgement to clients that did not ask for it', async () => {
    const boardId = await server.createBoard();
    const plain = openRaw(server.syncUrl(boardId));
    await plain.opened;
    const source = new Y.Doc();
    source.getMap('entities').set('a', 1);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(source));
    plain.socket.send(encoding.toUint8Array(encoder));
    const reader = client(boardId);
    await whenSynced(reader);
    await eventually(() => reader.doc.getMap('entities').get('a') === 1);
    await new Promise((r) => setTimeout(r, 100));
    const types = plain.messages.map((m) => decoding.readVarUint(decoding.createDecoder(m)));
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain(MessageType.saved);
    plain.socket.close();
  });
});
