import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, openRaw, whenSynced } from './helpers/clients.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

async function api(method: string, url: string, body?: unknown, { token, contentType = 'application/json' }: { token?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined) headers['content-type'] = contentType;
  const response = await fetch(`${server.baseUrl}${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('board catalog REST API', () => {
  it('creates, lists, reads, renames and deletes a board', async () => {
    const created = await api('POST', '/api/boards', { title: '  Winter pressures  ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Winter pressures', template: 'blank' });
    expect(created.body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const id = created.body.id as string;
    const token = created.body.tokens.facilitator as string;
    const admin = await server.adminToken();

    expect((await api('GET', '/api/boards', undefined, { token: admin })).body.boards.map((b: { id: string }) => b.id)).toEqual([id]);
    expect((await api('GET', `/api/boards/${id}`, undefined, { token })).body.title).toBe('Winter pressures');

    const renamed = await api('PATCH', `/api/boards/${id}`, { title: 'Winter plan' }, { token });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Winter plan');

    expect((await api('DELETE', `/api/boards/${id}`, undefined, { token })).status).toBe(204);
    expect((await api('GET', `/api/boards/${id}`, undefined, { token })).status).toBe(404);
    expect((await api('GET', '/api/boards', undefined, { token: admin })).body.boards).toEqual([]);
  });

  it('keeps boards in DATA_DIR/catalog.json across a restart', async () => {
    const id = await server.createBoard('Kept');
    const dataDir = server.dataDir;
    await server.app.close();
    const again = await startTestServer({ dataDir });
    try {
      const board = await fetch(`${again.baseUrl}/api/boards/${id}`, { headers: server.auth(id) });
      expect(((await board.json()) as { title: string }).title).toBe('Kept');
    } finally {
      await again.close();
    }
  });

  it.each([
    ['an empty title', { title: '' }],
    ['a blank title', { title: '   ' }],
    ['a title that is too long', { title: 'x'.repeat(201) }],
    ['an unknown field', { title: 'ok', owner: 'me' }],
    ['an unknown template', { title: 'ok', template: 'nope' }],
    ['a title that is not a string', { title: 42 }],
  ])('rejects %s with 400 and a clear message', async (_name, body) => {
    const response = await api('POST', '/api/boards', body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_request');
    expect(response.body.error.message).toBeTruthy();
    expect((await api('GET', '/api/boards', undefined, { token: await server.adminToken() })).body.boards).toEqual([]);
  });

  it('rejects a body that is not JSON and one over the size limit', async () => {
    expect((await api('POST', '/api/boards', '{"title":')).status).toBe(400);
    expect((await api('POST', '/api/boards', 'title=x', { contentType: 'text/plain' })).status).toBe(415);
    expect((await api('POST', '/api/boards', { title: 'x'.repeat(70_000) })).status).toBe(413);
  });

  it.each(['..', '%2e%2e', '..%2F..%2Fcatalog.json', 'a%00b', 'short', 'AAAAAAAAAAAAAAAAAAAAA!'])(
    'answers an invalid board id %s with 400 on every board route, never touching the disk',
    async (id) => {
      const realBoard = await server.createBoard();
      const before = await readdir(server.dataDir, { recursive: true });
      const routes: [string, string, unknown?][] = [
        ['GET', `/api/boards/${id}`],
        ['PATCH', `/api/boards/${id}`, { title: 'x' }],
        ['DELETE', `/api/boards/${id}`],
        ['GET', `/api/boards/${id}/links`],
        ['POST', `/api/boards/${id}/links/editor/rotate`],
        ['GET', `/api/boards/${id}/activity`],
        ['GET', `/api/boards/${id}/versions`],
        ['POST', `/api/boards/${id}/versions`, { label: 'x' }],
        ['GET', `/api/boards/${id}/versions/diff?from=current&to=current`],
        ['GET', `/api/boards/${id}/versions/${id}`],
        ['POST', `/api/boards/${id}/versions/${id}/restore`, {}],
        ['GET', `/api/boards/${realBoard}/versions/${id}`],
        ['POST', `/api/boards/${realBoard}/versions/${id}/restore`, {}],
        ['POST', `/api/boards/${id}/voting`, {}],
        ['PUT', `/api/boards/${id}/voting/ballot`, {}],
        ['GET', `/api/boards/${id}/voting/ballot`],
        ['POST', `/api/boards/${id}/voting/reveal`],
        ['POST', `/api/boards/${id}/voting/record`],
        ['DELETE', `/api/boards/${id}/voting`],
        ...['board.json', 'stakeholders.csv', 'risks.csv', 'report.md', 'report.html'].map((file): [string, string] => ['GET', `/api/boards/${id}/export/${file}`]),
        ['POST', `/api/boards/${id}/import/stakeholders`, 'Name\nx\n'],
      ];
      for (const [method, url, body] of routes) {
        const type = url.endsWith('/import/stakeholders') ? 'text/csv' : 'application/json';
        const response = await api(method, url, body, { token: server.tokens(realBoard).facilitator, contentType: type });
        expect([400, 404], `${method} ${url}`).toContain(response.status);
        expect(response.body.error.code).toMatch(/invalid_request|not_found/);
      }
      expect(await readdir(server.dataDir, { recursive: true })).toEqual(before);
    },
  );

  it('deleting a board disconnects its clients with a named code and removes its files', async () => {
    const id = await server.createBoard();
    const client = connectClient(server.wsUrl, id);
    await whenSynced(client);
    client.doc.getMap('entities').set('a', 1);
    const raw = openRaw(server.syncUrl(id));
    await raw.opened;
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(path.join(server.dataDir, 'boards', id))).toBe(true);

    expect((await api('DELETE', `/api/boards/${id}`, undefined, { token: server.tokens(id).facilitator })).status).toBe(204);
    expect((await raw.closed).code).toBe(CloseCode.boardDeleted);
    expect(existsSync(path.join(server.dataDir, 'boards', id))).toBe(false);
    client.destroy();
  });

  it('answers GET /healthz', async () => {
    const response = await api('GET', '/healthz');
    expect(response.status).toBe(200);
    expect(response.body.ok).toBe(true);
  });
});

describe('board templates', () => {
  it.each([
    ['partnership-plan', 'stakeholder'],
    ['programme-setup', 'risk'],
    ['integrated-planning', 'milestone'],
  ])('creates a %s board that opens with its content', async (template, expectedType) => {
    const created = await api('POST', '/api/boards', { title: 'From a template', template });
    expect(created.status).toBe(201);
    expect(created.body.template).toBe(template);
    const client = connectClient(server.wsUrl, created.body.id, { token: created.body.tokens.editor });
    await whenSynced(client);
    const types = [...client.doc.getMap<Y.Map<unknown>>('entities').values()].map((e) => e.get('type'));
    expect(types).toContain(expectedType);
    expect(client.doc.getMap('meta').get('template')).toBe(template);
    client.destroy();
  });
});
