import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChildServer } from './helpers/child-server.ts';

const ARRIVING = 600;
/** The kernel caps every listen backlog at this. */
const somaxconn = Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));

/**
 * Starts the built server, stops it (SIGSTOP: as busy as a server can be) and opens ARRIVING connections at once:
 * the kernel completes the handshake only for those that fit the server's accept queue. Returns how many did.
 */
async function connectionsHeldWhileStopped(env: Record<string, string>): Promise<number> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-backlog-'));
  const server = await startChildServer(dataDir, env);
  const port = Number(new URL(server.baseUrl).port);
  const sockets: net.Socket[] = [];
  server.process.kill('SIGSTOP');
  try {
    let connected = 0;
    await new Promise<void>((resolve) => {
      // Loopback handshakes take microseconds; a dropped one is retried only after a second.
      const timer = setTimeout(resolve, 700);
      for (let i = 0; i < ARRIVING; i++) {
        const socket = net.connect(port, '127.0.0.1');
        socket.on('error', () => {});
        socket.once('connect', () => {
          connected += 1;
          if (connected === ARRIVING) {
            clearTimeout(timer);
            resolve();
          }
        });
        sockets.push(socket);
      }
    });
    return connected;
  } finally {
    for (const socket of sockets) socket.destroy();
    server.process.kill('SIGCONT');
    server.process.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('connections arriving faster than the server accepts them', () => {
  it.skipIf(somaxconn < ARRIVING)('are all held for it by default (Node’s own default holds 511)', async () => {
    expect(await connectionsHeldWhileStopped({})).toBe(ARRIVING);
  });

  it('are held only up to LISTEN_BACKLOG', async () => {
    const held = await connectionsHeldWhileStopped({ LISTEN_BACKLOG: '100' });
    expect(held).toBeGreaterThan(50);
    expect(held).toBeLessThan(150);
  });
});
