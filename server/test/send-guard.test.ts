import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { SendGuard } from '../src/sync/send-guard.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A real websocket pair on loopback, with the server side's TCP socket. */
async function socketPair(): Promise<{ server: WebSocket; tcp: Socket; client: WebSocket }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  const accepted = new Promise<{ server: WebSocket; tcp: Socket }>((resolve) =>
    wss.once('connection', (server, request) => resolve({ server, tcp: request.socket as Socket })),
  );
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  cleanups.push(() => {
    client.terminate();
    wss.close();
  });
  const { server, tcp } = await accepted;
  await once(client, 'open');
  return { server, tcp, client };
}

/** Counts the writes that reach the TCP socket's stream implementation (one per syscall batch). */
function countWrites(tcp: Socket): () => number {
  let writes = 0;
  const target = tcp as unknown as { _writev: (...args: unknown[]) => unknown; _write: (...args: unknown[]) => unknown };
  const writev = target._writev.bind(tcp);
  const write = target._write.bind(tcp);
  target._writev = (...args) => ((writes += 1), writev(...args));
  target._write = (...args) => ((writes += 1), write(...args));
  return () => writes;
}

describe('sending to a client', () => {
  it('sends everything queued in one turn of the event loop in one write, in order', async () => {
    const { server, tcp, client } = await socketPair();
    const received: number[] = [];
    client.on('message', (data: Buffer) => received.push(data[0]!));
    const writes = countWrites(tcp);
    const guard = new SendGuard(server, tcp);
    for (let i = 0; i < 100; i++) expect(guard.send(new Uint8Array([i, 1, 2, 3]))).toBe(true);
    expect(writes()).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes()).toBe(1);
    for (let tries = 0; tries < 100 && received.length < 100; tries++) await new Promise((r) => setTimeout(r, 5));
    expect(received).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('sends a message of a later turn without waiting for anything else', async () => {
    const { server, tcp, client } = await socketPair();
    const guard = new SendGuard(server, tcp);
    const first = once(client, 'message');
    guard.send(new Uint8Array([1]));
    await first;
    const arrived = once(client, 'message');
    const sentAt = performance.now();
    guard.send(new Uint8Array([2]));
    const [data] = (await arrived) as [Buffer];
    expect(data[0]).toBe(2);
    expect(performance.now() - sentAt).toBeLessThan(50);
  });
});
