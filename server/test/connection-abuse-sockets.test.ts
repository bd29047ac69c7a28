import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloseCode } from '@roundtable/shared';
import type { AppOptions } from '../src/app.ts';
import { ConnectionLimits, DEFAULT_CONNECTION_LIMITS } from '../src/sync/connection-limits.ts';
import { HARD_SEND_BUFFER_BYTES, MAX_SEND_BUFFER_BYTES } from '../src/sync/send-guard.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, openRaw, whenSynced, within, type SyncedClient } from './helpers/clients.ts';
import { awarenessMessage } from './helpers/wire.ts';

let server: TestServer;
const running: TestServer[] = [];
const clients: SyncedClient[] = [];
const sockets: WebSocket[] = [];
async function start(options: Partial<AppOptions> = {}): Promise<void> {
  server = await startTestServer(options);
  running.push(server);
}
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const socket of sockets.splice(0)) socket.terminate();
  for (const one of running.splice(0)) await one.close();
});

async function join(boardId: string): Promise<SyncedClient> {
  const client = connectClient(server.wsUrl, boardId);
  clients.push(client);
  await whenSynced(client);
  return client;
}

const openSockets = () => server.app.websocketServer.clients.size;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a websocket and tells how the upgrade was answered: 101 and the socket, or the refusal's HTTP status. */
function upgrade(url: string): Promise<{ status: number; socket?: WebSocket }> {
  const socket = new WebSocket(url);
  socket.on('error', () => {});
  return new Promise((resolve) => {
    socket.once('open', () => {
      sockets.push(socket);
      resolve({ status: 101, socket });
    });
    socket.once('unexpected-response', (request, response) => {
      resolve({ status: response.statusCode ?? 0 });
      request.destroy();
    });
  });
}

describe('connections per remote address', () => {
  it('lets a 60-person workshop behind one address open 200 sockets at once, and refuses the 201st with HTTP 429', async () => {
    await start();
    const boardId = await server.createBoard();
    const url = server.syncUrl(boardId);
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: DEFAULT_CONNECTION_LIMITS.maxPerAddress }, () => upgrade(url)));
    const openedIn = performance.now() - started;
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 101));
    expect(openSockets()).toBe(200);

    expect((await upgrade(url)).status).toBe(429);
    expect(openSockets()).toBe(200);

    // Closing one frees its place.
    const leaving = answers[0]!.socket!;
    leaving.close();
    await eventually(() => openSockets() === 199, 2000, 'a socket to close');
    await pause(50);
    expect((await upgrade(url)).status).toBe(101);
    console.log(`[figure] 200 sockets from one address opened in ${openedIn.toFixed(0)} ms; the 201st answered 429`);
  });

  it('refuses connections opened faster than the connect rate with HTTP 429, and admits again once the budget refills', async () => {
    await start({ connectionLimits: { maxPerAddress: 100, connectBurst: 5, connectsPerSecond: 10 } });
    const boardId = await server.createBoard();
    const url = server.syncUrl(boardId);
    for (let i = 0; i < 5; i++) expect((await upgrade(url)).status).toBe(101);
    expect((await upgrade(url)).status).toBe(429);
    expect(openSockets()).toBe(5);
    await pause(150);
    expect((await upgrade(url)).status).toBe(101);
    // A refused upgrade never became a websocket, and the server still serves everyone else.
    expect(openSockets()).toBe(6);
    const client = await join(boardId);
    client.doc.getMap('entities').set('served', true);
    expect(client.provider.wsconnected).toBe(true);
  });
});

describe('what the server remembers per address', () => {
  it('forgets an address once its sockets are closed and its connect budget has refilled', () => {
    const limits = new ConnectionLimits({ maxPerAddress: 2, connectBurst: 2, connectsPerSecond: 10 });
    expect(limits.admit('192.0.2.1', 0)).toBe('admitted');
    expect(limits.admit('192.0.2.1', 0)).toBe('admitted');
    expect(limits.admit('192.0.2.1', 0)).toBe('tooMany');
    expect(limits.admit('192.0.2.2', 0)).toBe('admitted');
    limits.release('192.0.2.1', 10);
    expect(limits.admit('192.0.2.1', 10)).toBe('tooFast');
    expect(limits.addressCount).toBe(2);
    for (const address of ['192.0.2.1', '192.0.2.2']) limits.release(address, 20);
    // Both are idle now, but their budgets refill only by 300 ms; the sweep a second later drops them.
    expect(limits.addressCount).toBe(2);
    expect(limits.admit('198.51.100.7', 1500)).toBe('admitted');
    expect(limits.addressCount).toBe(1);
  });
});

describe('a slow reader', () => {
  const writers = [
    { name: 'a steady writer (256 KiB every 20 ms): the queue stays over 8 MiB for the grace second', chunkKiB: 256, everyMs: 20, underCeiling: true },
    { name: 'a fast writer (512 KiB every 10 ms): the queue reaches the 32 MiB ceiling first', chunkKiB: 512, everyMs: 10, underCeiling: false },
  ];
  it.each(writers)('is closed with 4503 with $name; the writer is unaffected', async ({ chunkKiB, everyMs, underCeiling }) => {
    await start();
    const boardId = await server.createBoard();
    const writer = await join(boardId);
    const reader = openRaw(server.syncUrl(boardId));
    await reader.opened;
    reader.socket.send(awarenessMessage(4242, JSON.stringify({ user: { name: 'Slow' } })));
    await eventually(() => writer.provider.awareness.getStates().has(4242), 5000, 'the reader’s presence');

    // The reader stops reading: its TCP socket is paused, so the server's writes pile up.
    const tcp = (reader.socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    tcp.pause();
    const chunk = 'z'.repeat(chunkKiB * 1024);
    const queued = () => Math.max(0, ...[...server.app.websocketServer.clients].map((socket) => socket.bufferedAmount));
    const started = performance.now();
    let written = 0;
    let maxQueued = 0;
    while (writer.provider.awareness.getStates().has(4242) && written < 400) {
      writer.doc.getMap('entities').set('big', `${written}${chunk}`);
      written += 1;
      await pause(everyMs);
      maxQueued = Math.max(maxQueued, queued());
    }
    const droppedAfter = performance.now() - started;
    expect(writer.provider.awareness.getStates().has(4242)).toBe(false);
    expect(maxQueued).toBeGreaterThan(MAX_SEND_BUFFER_BYTES);
    expect(maxQueued).toBeLessThanOrEqual(HARD_SEND_BUFFER_BYTES + chunk.length + 1024);
    if (underCeiling) expect(maxQueued).toBeLessThan(HARD_SEND_BUFFER_BYTES);

    // Once it reads again, the backlog is followed by the named close.
    tcp.resume();
    expect((await within(reader.closed, 2000, 'the reader’s close')).code).toBe(CloseCode.slowReader);
    await eventually(() => openSockets() === 1, 3000, 'the reader’s socket to be released');
    expect(writer.provider.wsconnected).toBe(true);
    const check = await join(boardId);
    expect((check.doc.getMap('entities').get('big') as string).startsWith(`${written - 1}z`)).toBe(true);
    console.log(
      `[figure] slow reader, ${chunkKiB} KiB every ${everyMs} ms: closed after ${written} updates (${droppedAfter.toFixed(0)} ms), ` +
        `at most ${(maxQueued / 2 ** 20).toFixed(1)} MiB queued for it`,
    );
  });
});

describe('a half-open socket', () => {
  it('is terminated when it does not answer a ping by the next one, and its presence is removed for everyone', async () => {
    await start({ heartbeatMs: 200 });
    const boardId = await server.createBoard();
    const witness = await join(boardId);
    const silent = new WebSocket(server.syncUrl(boardId), { autoPong: false });
    sockets.push(silent);
    const closed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
    silent.on('error', () => {});
    await new Promise((resolve) => silent.once('open', resolve));
    silent.send(awarenessMessage(5353, JSON.stringify({ user: { name: 'Gone' } })));
    await eventually(() => witness.provider.awareness.getStates().has(5353), 5000, 'the silent socket’s presence');
    const started = performance.now();

    expect(await within(closed, 2000, 'the silent socket to be terminated')).toBe(1006);
    const reapedIn = performance.now() - started;
    expect(reapedIn).toBeLessThan(1000);
    await eventually(() => !witness.provider.awareness.getStates().has(5353), 2000, 'the reaped socket’s presence to go');
    expect(openSockets()).toBe(1);

    // A client that answers pings stays through many heartbeats.
    await pause(1000);
    expect(witness.provider.wsconnected).toBe(true);
    expect(openSockets()).toBe(1);
    console.log(`[figure] half-open socket reaped ${reapedIn.toFixed(0)} ms after it joined (heartbeat 200 ms)`);
  });
});
