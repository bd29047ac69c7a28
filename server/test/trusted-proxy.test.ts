import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AppOptions } from '../src/app.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const running: TestServer[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  for (const server of running.splice(0)) await server.close();
});

/** Two sockets allowed per address: enough to tell whose address the server counted. */
async function serverAllowingTwoPerAddress(options: Partial<AppOptions> = {}): Promise<{ server: TestServer; url: string }> {
  const server = await startTestServer({ connectionLimits: { maxPerAddress: 2, connectBurst: 100, connectsPerSecond: 100 }, ...options });
  running.push(server);
  return { server, url: server.syncUrl(await server.createBoard()) };
}

function upgradeAs(url: string, forwardedFor: string): Promise<number> {
  const socket = new WebSocket(url, { headers: { 'x-forwarded-for': forwardedFor } });
  socket.on('error', () => {});
  return new Promise((resolve) => {
    socket.once('open', () => {
      sockets.push(socket);
      resolve(101);
    });
    socket.once('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
  });
}

describe('X-Forwarded-For and per-address limits', () => {
  it('ignores X-Forwarded-For by default, so a client cannot escape its limit by inventing addresses', async () => {
    const { url } = await serverAllowingTwoPerAddress();
    expect(await upgradeAs(url, '203.0.113.1')).toBe(101);
    expect(await upgradeAs(url, '203.0.113.2')).toBe(101);
    expect(await upgradeAs(url, '203.0.113.3')).toBe(429);
  });

  it('counts each forwarded client address on its own behind a trusted proxy (TRUST_PROXY)', async () => {
    const { url } = await serverAllowingTwoPerAddress({ trustProxy: ['127.0.0.1'] });
    for (const address of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2']) {
      expect(await upgradeAs(url, address)).toBe(101);
    }
    expect(await upgradeAs(url, '203.0.113.1')).toBe(429);
    expect(await upgradeAs(url, '203.0.113.3')).toBe(101);
  });
});
