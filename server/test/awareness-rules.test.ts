import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, openRaw, whenSynced } from './helpers/clients.ts';
import { awarenessMessage as awareness } from './helpers/wire.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('awareness rules', () => {
  it('lets a connection speak only for its own client id: announcing another closes it with forbidden', async () => {
    const boardId = await server.createBoard();
    const witness = connectClient(server.wsUrl, boardId);
    await whenSynced(witness);
    const other = connectClient(server.wsUrl, boardId);
    await whenSynced(other);
    other.provider.awareness.setLocalStateField('user', { name: 'Real' });
    await eventually(() => witness.provider.awareness.getStates().has(other.doc.clientID));

    const raw = openRaw(server.syncUrl(boardId));
    await raw.opened;
    raw.socket.send(awareness(424242, JSON.stringify({ user: { name: 'Mallory' } })));
    await eventually(() => witness.provider.awareness.getStates().has(424242));
    // Now it pretends to be the other participant, to change their name for everyone.
    raw.socket.send(awareness(other.doc.clientID, JSON.stringify({ user: { name: 'Impostor' } }), 99));
    expect((await raw.closed).code).toBe(CloseCode.forbidden);

    await eventually(() => !witness.provider.awareness.getStates().has(424242), 5000, 'the closed connection’s presence to go');
    const real = witness.provider.awareness.getStates().get(other.doc.clientID) as { user?: { name: string } };
    expect(real.user?.name).toBe('Real');
    witness.destroy();
    other.destroy();
  });

  it('lets a reconnecting client take back its own id once its old connection has gone', async () => {
    const boardId = await server.createBoard();
    const witness = connectClient(server.wsUrl, boardId);
    await whenSynced(witness);
    const first = openRaw(server.syncUrl(boardId));
    await first.opened;
    first.socket.send(awareness(5150, JSON.stringify({ user: { name: 'Sam' } }), 1));
    await eventually(() => witness.provider.awareness.getStates().has(5150));
    first.socket.close();
    await eventually(() => !witness.provider.awareness.getStates().has(5150));

    const again = openRaw(server.syncUrl(boardId));
    await again.opened;
    again.socket.send(awareness(5150, JSON.stringify({ user: { name: 'Sam again' } }), 2));
    await eventually(() => (witness.provider.awareness.getStates().get(5150) as { user?: { name: string } } | undefined)?.user?.name === 'Sam again');
    again.socket.close();
    witness.destroy();
  });

  it('refuses an awareness update whose state is not JSON as malformed', async () => {
    const boardId = await server.createBoard();
    const raw = openRaw(server.syncUrl(boardId));
    await raw.opened;
    raw.socket.send(awareness(7, '{not json'));
    expect((await raw.closed).code).toBe(CloseCode.malformedMessage);
  });
});
