import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useServersWithClient } from './helpers/servers-with-client.ts';
import { connectClient, eventually, whenSynced } from './helpers/clients.ts';
import { originAllowed, parseAllowedOrigins } from '../src/sync/origin-check.ts';

const start = useServersWithClient();

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/**
 * What an upgrade answers: `opened` when it became a websocket, else the HTTP status and body it got instead, and
 * whether the server then closed the TCP connection by itself (within 2 s).
 */
function tryUpgrade(url: string, headers: Record<string, string>): Promise<{ opened: true } | { status: number; body: string; csp: string; released: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => {
      resolve({ opened: true });
      socket.terminate();
    });
    socket.on('unexpected-response', (request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        request.destroy();
      }, 2000);
      response.socket.once('close', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, body, csp: String(response.headers['content-security-policy']), released: !gaveUp });
      });
    });
    socket.on('error', (err) => reject(err));
  });
}

describe('security headers', () => {
  it('are on every response: the app page, its files, the API, errors and 404s', async () => {
    const server = await start();
    const boardId = await server.createBoard();
    const responses = await Promise.all([
      fetch(`${server.baseUrl}/`),
      fetch(`${server.baseUrl}/b/${boardId}`),
      fetch(`${server.baseUrl}/assets/app.js`),
      fetch(`${server.baseUrl}/assets/missing.js`),
      fetch(`${server.baseUrl}/healthz`),
      fetch(`${server.baseUrl}/api/boards/${boardId}`, { headers: server.auth(boardId) }),
      fetch(`${server.baseUrl}/api/boards/${boardId}`),
      fetch(`${server.baseUrl}/api/nothing`),
      fetch(`${server.baseUrl}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' }),
      fetch(`${server.baseUrl}/api/boards`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 404, 200, 200, 401, 404, 400, 415]);
    const host = new URL(server.baseUrl).host;
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives.get('default-src'), response.url).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('style-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('name PUBLIC_URL’s host for the websocket, and never copy a Host that could smuggle in a directive', async () => {
    const server = await start({ publicUrl: 'https://boards.example.org' });
    const viaPublic = (await fetch(`${server.baseUrl}/healthz`)).headers.get('content-security-policy') ?? '';
    expect(viaPublic).toContain("connect-src 'self' ws://boards.example.org wss://boards.example.org;");
    const plain = await start();
    const hostile = await new Promise<string>((resolve, reject) => {
      // fetch cannot send a forged Host; a raw request can.
      import('node:http').then(({ request }) => {
        const url = new URL(`${plain.baseUrl}/healthz`);
        const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: "x; script-src 'unsafe-inline'" } }, (res) => {
          res.resume();
          resolve(String(res.headers['content-security-policy']));
        });
        req.on('error', reject);
        req.end();
      }, reject);
    });
    expect(hostile).toMatch(/connect-src 'self' ?;/);
    expect(hostile).not.toContain('unsafe-inline');
  });
});

describe('Origin on the websocket upgrade', () => {
  it('refuses a foreign or opaque Origin with HTTP 403 before the upgrade, and lets its own origin and Origin-less clients in', async () => {
    const server = await start();
    const boardId = await server.createBoard();
    const url = server.syncUrl(boardId);
    for (const origin of ['http://evil.example', 'null', `${server.baseUrl}.evil.example`, 'http://127.0.0.2:1']) {
      const refused = await tryUpgrade(url, { origin });
      expect(refused, origin).toMatchObject({ status: 403, released: true });
      if (!('body' in refused)) continue;
      expect(JSON.parse(refused.body)).toEqual({ error: { code: 'forbidden_origin', message: 'This origin may not open a board connection.' } });
      expect(refused.csp).toContain("default-src 'self';");
    }
    expect(await tryUpgrade(url, { origin: server.baseUrl })).toEqual({ opened: true });
    expect(await tryUpgrade(url, {})).toEqual({ opened: true });

    // A refused upgrade leaves nothing behind: no room loaded, and a real client still syncs.
    const client = connectClient(server.wsUrl, boardId);
    await whenSynced(client);
    client.destroy();
    await eventually(() => server.app.websocketServer.clients.size === 0, 5000, 'every socket to be released');
  });

  it('with PUBLIC_URL, accepts that origin only; ALLOWED_ORIGINS adds front ends', async () => {
    const server = await start({ publicUrl: 'https://boards.example.org', allowedOrigins: ['https://planning.example.net'] });
    const boardId = await server.createBoard();
    const url = server.syncUrl(boardId);
    expect(await tryUpgrade(url, { origin: 'https://boards.example.org' })).toEqual({ opened: true });
    expect(await tryUpgrade(url, { origin: 'https://planning.example.net' })).toEqual({ opened: true });
    expect(await tryUpgrade(url, { origin: 'http://boards.example.org' })).toMatchObject({ status: 403, released: true });
    // The Host it was reached at is not its origin when PUBLIC_URL says otherwise (DNS rebinding).
    expect(await tryUpgrade(url, { origin: server.baseUrl })).toMatchObject({ status: 403, released: true });
  });

  it('reads ALLOWED_ORIGINS as bare http(s) origins and refuses anything else', () => {
    expect(parseAllowedOrigins(' https://a.example , http://b.example:8080/ ,')).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    for (const bad of ['a.example', 'ftp://a.example', 'https://a.example/path', '*']) expect(() => parseAllowedOrigins(bad)).toThrow(/ALLOWED_ORIGINS/);
    expect(originAllowed('HTTP://127.0.0.1:80', '127.0.0.1', {})).toBe(true);
    expect(originAllowed('http://127.0.0.1:81', '127.0.0.1', {})).toBe(false);
  });
});
