import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared';
import { startTestServer, type CreatedBoard, type TestServer } from './helpers/test-server.ts';
import { boardTokens, connectClient, eventually, openRaw, whenSynced } from './helpers/clients.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

async function call(method: string, url: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(server.baseUrl + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

async function create(title = 'Ageing well'): Promise<CreatedBoard> {
  const { status, body } = await call('POST', '/api/boards', undefined, { title });
  expect(status).toBe(201);
  boardTokens.set(body!.id, body!.tokens);
  return body as CreatedBoard;
}

describe('creating a board', () => {
  it('returns its id, a token per role and the links that open it, and keeps only hashes on disk', async () => {
    const board = await create();
    expect(board.role).toBe('facilitator');
    const tokens = Object.values(board.tokens);
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const role of ['facilitator', 'editor', 'viewer'] as const) {
      expect(board.links[role]).toBe(`${server.baseUrl}/b/${board.id}#token=${board.tokens[role]}`);
    }
    const catalog = await readFile(path.join(server.dataDir, 'catalog.json'), 'utf8');
    for (const token of tokens) expect(catalog).not.toContain(token);
    expect(JSON.stringify((await call('GET', `/api/boards/${board.id}`, board.tokens.viewer)).body)).not.toMatch(/hash/);
  });
});

describe('REST routes check the token', () => {
  const routes = (id: string): [string, string, unknown?][] => [
    ['GET', `/api/boards/${id}`],
    ['PATCH', `/api/boards/${id}`, { title: 'Taken over' }],
    ['DELETE', `/api/boards/${id}`],
    ['GET', `/api/boards/${id}/links`],
    ['POST', `/api/boards/${id}/links/editor/rotate`],
    ['GET', `/api/boards/${id}/export/board.json`],
    ['GET', `/api/boards/${id}/export/report.html`],
  ];

  it('answers 401 without a token or with a wrong one, and changes nothing', async () => {
    const board = await create('Untouched');
    for (const [method, url, body] of routes(board.id)) {
      for (const token of [undefined, 'wrong-token', (await create('Other')).tokens.facilitator]) {
        const response = await call(method, url, token, body);
        expect(response.status, `${method} ${url} with ${token ?? 'no token'}`).toBe(401);
        expect(response.body?.error.code).toBe('unauthorized');
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
      }
    }
    expect((await call('GET', `/api/boards/${board.id}`, board.tokens.viewer)).body?.title).toBe('Untouched');
  });

  it('lets a viewer read and export, and answers 403 to everything a facilitator does', async () => {
    const board = await create();
    const viewer = board.tokens.viewer;
    expect((await call('GET', `/api/boards/${board.id}`, viewer)).body).toMatchObject({ role: 'viewer', mode: 'open' });
    expect((await call('GET', `/api/boards/${board.id}/export/board.json`, viewer)).status).toBe(200);
    for (const [method, url, body] of routes(board.id).filter(([method]) => method !== 'GET')) {
      expect((await call(method, url, viewer, body)).status, `${method} ${url}`).toBe(403);
    }
    expect((await call('GET', `/api/boards/${board.id}/links`, viewer)).status).toBe(403);
    expect((await call('GET', `/api/boards/${board.id}/links`, board.tokens.editor)).status).toBe(403);
    expect((await call('PATCH', `/api/boards/${board.id}`, board.tokens.editor, { mode: 'open' })).status).toBe(403);
  });

  it('shows a facilitator every current link of the board', async () => {
    const board = await create();
    const { status, body } = await call('GET', `/api/boards/${board.id}/links`, board.tokens.facilitator);
    expect(status).toBe(200);
    expect(body).toEqual({ tokens: board.tokens, links: board.links });
  });
});

describe('replacing a link', () => {
  it('stops the old editor link, disconnects whoever holds it, and leaves the other links working', async () => {
    const board = await create();
    const editor = connectClient(server.wsUrl, board.id, { token: board.tokens.editor });
    const viewer = connectClient(server.wsUrl, board.id, { token: board.tokens.viewer });
    await Promise.all([whenSynced(editor), whenSynced(viewer)]);
    const closes: number[] = [];
    editor.provider.on('connection-close', (event) => event && closes.push(event.code));

    const rotated = await call('POST', `/api/boards/${board.id}/links/editor/rotate`, board.tokens.facilitator);
    expect(rotated.status).toBe(200);
    expect(rotated.body?.replaced).toEqual(['editor']);
    expect(rotated.body?.tokens.editor).not.toBe(board.tokens.editor);
    expect(rotated.body?.tokens.viewer).toBe(board.tokens.viewer);
    expect(rotated.body?.tokens.facilitator).toBe(board.tokens.facilitator);
    await eventually(() => closes.includes(CloseCode.unauthorized), 5000, 'the old editor link to be disconnected');
    editor.destroy();

    const stale = openRaw(`${server.wsUrl}/${board.id}?token=${board.tokens.editor}`);
    expect((await stale.closed).code).toBe(CloseCode.unauthorized);
    expect((await call('GET', `/api/boards/${board.id}`, board.tokens.editor)).status).toBe(401);
    expect((await call('GET', `/api/boards/${board.id}`, rotated.body?.tokens.editor)).body?.role).toBe('editor');
    expect(viewer.provider.wsconnected).toBe(true);
    viewer.destroy();
  });

  it('replaces all three links when the facilitator link is replaced', async () => {
    const board = await create();
    const rotated = await call('POST', `/api/boards/${board.id}/links/facilitator/rotate`, board.tokens.facilitator);
    expect(rotated.body?.replaced).toEqual(['facilitator', 'editor', 'viewer']);
    for (const role of ['facilitator', 'editor', 'viewer'] as const) {
      expect((await call('GET', `/api/boards/${board.id}`, board.tokens[role])).status).toBe(401);
      expect((await call('GET', `/api/boards/${board.id}`, rotated.body?.tokens[role])).body?.role).toBe(role);
    }
  });
});

describe('the admin token', () => {
  it('is created on first start in DATA_DIR, readable only by the server’s user, and kept across restarts', async () => {
    const token = await server.adminToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(path.join(server.dataDir, 'admin-token'))).mode & 0o777).toBe(0o600);
    await server.app.close();
    const again = await startTestServer({ dataDir: server.dataDir });
    expect(await again.adminToken()).toBe(token);
    await again.close();
  });

  it('lists every board, opens any of them, and recovers one by issuing new links', async () => {
    const first = await create('First');
    await create('Second');
    const admin = await server.adminToken();
    expect((await call('GET', '/api/boards')).status).toBe(401);
    expect((await call('GET', '/api/boards', first.tokens.facilitator)).status).toBe(401);
    const list = await call('GET', '/api/boards', admin);
    expect(list.body?.boards.map((b: { title: string }) => b.title).sort()).toEqual(['First', 'Second']);
    expect(JSON.stringify(list.body)).not.toMatch(/hash|access/);

    expect((await call('GET', `/api/boards/${first.id}`, admin)).body).toMatchObject({ role: 'facilitator', admin: true });
    const recovered = await call('POST', `/api/boards/${first.id}/links/editor/rotate`, admin);
    expect(recovered.body?.replaced).toEqual(['facilitator', 'editor', 'viewer']);
    expect((await call('GET', `/api/boards/${first.id}`, recovered.body?.tokens.facilitator)).body?.role).toBe('facilitator');
    expect((await call('GET', `/api/boards/${first.id}`, first.tokens.facilitator)).status).toBe(401);

    const adminClient = connectClient(server.wsUrl, first.id, { token: admin });
    await whenSynced(adminClient);
    expect(adminClient.doc.getMap('meta').get('title')).toBe('First');
    adminClient.destroy();
  });
});
