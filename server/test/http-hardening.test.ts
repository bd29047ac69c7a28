import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import WebSocket from 'ws';
import { CloseCode, createRisk, createStakeholder } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, openRaw, whenSynced } from './helpers/clients.ts';
import { originAllowed, parseAllowedOrigins } from '../src/sync/origin-check.ts';

let clientDir: string;
const servers: TestServer[] = [];
beforeAll(async () => {
  clientDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-client-'));
  await mkdir(path.join(clientDir, 'assets'));
  await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>app shell</title><script type="module" src="/assets/app.js"></script>');
  await writeFile(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)');
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});
afterAll(async () => {
  await rm(clientDir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer({ clientDir, ...options });
  servers.push(server);
  return server;
}

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

describe('error bodies', () => {
  it('answer a 500 with a fixed message and no stack; 4xx bodies carry no stack either', async () => {
    const server = await start();
    const boardId = await server.createBoard();
    const writer = connectClient(server.wsUrl, boardId);
    await whenSynced(writer);
    createStakeholder(writer.doc, { name: 'Ward manager', power: 3, interest: 4 });
    writer.destroy();
    await eventually(() => server.app.websocketServer.clients.size === 0, 5000, 'the writer to leave');
    const loaded = async () => ((await (await fetch(`${server.baseUrl}/healthz`)).json()) as { rooms: number }).rooms;
    const deadline = Date.now() + 5000;
    while ((await loaded()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // A real fault: the stored snapshot is damaged, so loading the board for an export throws.
    const snapshot = path.join(server.dataDir, 'boards', boardId, 'snapshot');
    const bytes = await readFile(snapshot);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(snapshot, bytes);

    const failed = await fetch(`${server.baseUrl}/api/boards/${boardId}/export/report.md`, { headers: server.auth(boardId) });
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toContain('application/json');
    expect(await failed.text()).toBe(JSON.stringify({ error: { code: 'internal', message: 'Internal server error' } }));

    const clientErrors = await Promise.all([
      fetch(`${server.baseUrl}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' }),
      fetch(`${server.baseUrl}/api/boards`, json({ title: 'x', unknown: { deep: true } })),
      fetch(`${server.baseUrl}/api/boards`, json({ title: 'x'.repeat(70_000) })),
      fetch(`${server.baseUrl}/api/boards/${boardId}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...server.auth(boardId, 'viewer') }, body: '{"title":"x"}' }),
      fetch(`${server.baseUrl}/api/boards/AAAAAAAAAAAAAAAAAAAAAA`, { headers: { authorization: 'Bearer nope' } }),
      fetch(`${server.baseUrl}/api/boards/${boardId}/import/stakeholders`, { method: 'POST', headers: { 'content-type': 'application/xml', ...server.auth(boardId) }, body: '<x/>' }),
    ]);
    for (const response of clientErrors) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const text = await response.text();
      expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/src\/|stack/i);
      expect(Object.keys((JSON.parse(text) as { error: object }).error).sort()).toEqual(['code', 'message']);
    }
  });
});

const HOSTILE = '<script>alert(1)</script> & "quotes"';
const FORMULAS = ['=1+1', '+SUM(A1)', '-2+3', '@cmd'];

describe('hostile titles and names', () => {
  it('are escaped in report.html and report.md, neutralised in CSV, and returned verbatim as JSON', async () => {
    const server = await start();
    const created = (await (await fetch(`${server.baseUrl}/api/boards`, json({ title: HOSTILE }))).json()) as { id: string; title: string; tokens: { facilitator: string } };
    expect(created.title).toBe(HOSTILE);
    const boardId = created.id;
    const auth = { authorization: `Bearer ${created.tokens.facilitator}` };
    const writer = connectClient(server.wsUrl, boardId, { token: created.tokens.facilitator });
    await whenSynced(writer);
    createStakeholder(writer.doc, { name: `<img src=x onerror="alert(2)"> ${HOSTILE}`, power: 8, interest: 8 });
    FORMULAS.forEach((name, i) => createStakeholder(writer.doc, { name, power: i + 1, interest: 2 }));
    FORMULAS.forEach((title) => createRisk(writer.doc, { title, likelihood: 2, impact: 2 }));
    createRisk(writer.doc, { title: HOSTILE, likelihood: 5, impact: 5 });
    await new Promise((r) => setTimeout(r, 100));
    writer.destroy();

    const get = async (what: string) => {
      const response = await fetch(`${server.baseUrl}/api/boards/${boardId}/${what}`, { headers: auth });
      expect(response.status, what).toBe(200);
      return { text: await response.text(), disposition: response.headers.get('content-disposition') ?? '' };
    };

    const html = await get('export/report.html');
    expect(html.text).not.toMatch(/<script|<img/i);
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html.text).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html.disposition).toMatch(/^attachment; filename="[a-z0-9-]+-report\.html"$/);

    const md = await get('export/report.md');
    expect(md.text).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md.text).not.toMatch(/(^|[^\\])<(script|img)/);

    const stakeholders = Papa.parse<string[]>((await get('export/stakeholders.csv')).text.trim()).data.map((row) => row[1]);
    const risks = Papa.parse<string[]>((await get('export/risks.csv')).text.trim()).data.map((row) => row[1]);
    for (const cell of FORMULAS) {
      expect(stakeholders).toContain(`'${cell}`);
      expect(risks).toContain(`'${cell}`);
    }
    expect(risks).toContain(HOSTILE);
    expect([...stakeholders, ...risks].filter((cell) => /^[=+\-@]/.test(cell ?? ''))).toEqual([]);

    const file = JSON.parse((await get('export/board.json')).text) as { meta: { title: string }; entities: Record<string, { name?: string; title?: string }> };
    expect(file.meta.title).toBe(HOSTILE);
    expect(Object.values(file.entities).some((e) => e.title === HOSTILE)).toBe(true);

    const board = (await (await fetch(`${server.baseUrl}/api/boards/${boardId}`, { headers: auth })).json()) as { title: string };
    expect(board.title).toBe(HOSTILE);
    const list = await fetch(`${server.baseUrl}/api/boards`, { headers: { authorization: `Bearer ${await server.adminToken()}` } });
    expect(list.headers.get('content-type')).toContain('application/json');
    expect(((await list.json()) as { boards: { title: string }[] }).boards.map((b) => b.title)).toEqual([HOSTILE]);
  });
});

/**
 * Sends an upgrade for `rawPath` byte for byte (ws and fetch would normalise `/sync/..` to `/`) and reads the
 * status line and, when it upgraded, the close code of the first frame.
 */
function rawUpgrade(port: number, rawPath: string): Promise<{ status: string; closeCode?: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    const timer = setTimeout(() => socket.destroy(new Error(`no answer for ${rawPath}`)), 3000);
    socket.on('connect', () =>
      socket.write(
        `GET ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${Buffer.from('0123456789abcdef').toString('base64')}\r\n\r\n`,
      ),
    );
    const answer = () => {
      const headEnd = data.indexOf('\r\n\r\n');
      const status = data.subarray(0, data.indexOf('\r\n')).toString();
      const frame = data.subarray(headEnd + 4);
      return { status, closeCode: frame[0] === 0x88 && frame.length >= 4 ? frame.readUInt16BE(2) : undefined };
    };
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      // The server waits for our half of the closing handshake; its close frame is all we need.
      if (answer().closeCode !== undefined) socket.destroy();
    });
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer());
    });
  });
}

describe('path-like ids on the websocket', () => {
  it('closes /sync/.., %2e%2e and NUL with invalidBoardId, touching nothing on disk', async () => {
    const server = await start();
    await server.createBoard();
    const port = Number(new URL(server.baseUrl).port);
    const before = await readdir(server.dataDir, { recursive: true });
    for (const id of ['..', '%2e%2e', '%2E%2E', 'a%00b', '..%2F..%2Fcatalog.json', '%2e%2e%2f%2e%2e%2fcatalog.json']) {
      const answer = await rawUpgrade(port, `/sync/${id}?token=x`);
      expect(answer, id).toEqual({ status: 'HTTP/1.1 101 Switching Protocols', closeCode: CloseCode.invalidBoardId });
    }
    expect(await readdir(server.dataDir, { recursive: true })).toEqual(before);
  });
});
