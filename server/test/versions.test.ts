import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, createRisk, createStakeholder, deleteEntities, planFromJson, readPlan, type Role } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { boardTokens, connectClient, eventually, whenSynced, type SyncedClient } from './helpers/clients.ts';

let server: TestServer;
const clients: SyncedClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function call(method: string, url: string, token: string | undefined, body?: unknown) {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(server.baseUrl + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

const as = (boardId: string, role: Role = 'facilitator') => server.tokens(boardId)[role];

async function join(boardId: string, role: Role = 'editor'): Promise<SyncedClient> {
  const client = connectClient(server.wsUrl, boardId, { token: as(boardId, role) });
  clients.push(client);
  await whenSynced(client);
  return client;
}

/** Waits until the server's copy of the board holds what `check` looks for. */
async function onServer(boardId: string, check: (entities: Record<string, any>) => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { body } = await call('GET', `/api/boards/${boardId}/export/board.json`, as(boardId));
    if (check(body!.entities)) return;
    if (Date.now() > deadline) throw new Error('the server never got the change');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const save = async (boardId: string, name: string, role: Role = 'facilitator') =>
  (await call('POST', `/api/boards/${boardId}/versions`, as(boardId, role), { name, by: '  Sam Facilitator  ' })).body!;
const list = async (boardId: string) => (await call('GET', `/api/boards/${boardId}/versions`, as(boardId, 'viewer'))).body!.versions as Record<string, any>[];

describe('versions', () => {
  it('saves, lists newest first, previews as board.json and compares', async () => {
    server = await startTestServer();
    const id = await server.createBoard('Ageing well');
    const client = await join(id);
    createStakeholder(client.doc, { name: 'Chief Nurse' });
    const risk = createRisk(client.doc, { title: 'Funding ends' });
    await onServer(id, (entities) => Object.keys(entities).length === 2);
    const first = await save(id, 'Before changes');
    expect(first).toMatchObject({ name: 'Before changes', kind: 'manual', createdBy: 'Sam Facilitator', entities: 2 });
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{12}$/);

    if (!risk.ok) throw new Error('risk not created');
    deleteEntities(client.doc, [risk.id]);
    const added = createStakeholder(client.doc, { name: 'Carers forum' });
    await onServer(id, (entities) => Object.keys(entities).length === 2 && !(risk.id in entities));
    const second = await save(id, 'After the workshop');
    expect((await list(id)).map((version) => version.name)).toEqual(['After the workshop', 'Before changes']);

    const preview = await call('GET', `/api/boards/${id}/versions/${first.id}`, as(id, 'viewer'));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ format: 'roundtable-board', meta: { title: 'Ageing well' } });
    expect(preview.body!.entities[risk.id]).toMatchObject({ type: 'risk', title: 'Funding ends' });

    const diff = await call('GET', `/api/boards/${id}/versions/diff?from=${first.id}&to=${second.id}`, as(id, 'viewer'));
    expect(diff.body!.entities.removed).toEqual([{ id: risk.id, type: 'risk', name: 'Funding ends' }]);
    expect(diff.body!.entities.added).toEqual([{ id: added.ok && added.id, type: 'stakeholder', name: 'Carers forum' }]);
    const sinceNow = await call('GET', `/api/boards/${id}/versions/diff?from=${second.id}&to=current`, as(id, 'viewer'));
    expect(sinceNow.body).toEqual({ entities: { added: [], removed: [], edited: [] }, links: { added: [], removed: [], edited: [] } });

    expect((await call('GET', `/api/boards/${id}/versions/AAAAAAAAAAAA`, as(id))).status).toBe(404);
    expect((await call('GET', `/api/boards/${id}/versions/diff?from=../../x&to=current`, as(id))).status).toBe(400);
    expect((await call('POST', `/api/boards/${id}/versions`, as(id), { name: '   ' })).status).toBe(400);
    expect((await call('POST', `/api/boards/${id}/versions/${first.id}/restore`, as(id), { into: 'elsewhere' })).status).toBe(400);
  });

  it('restores onto this board as new changes that reach a connected client, keeping what it had in history', async () => {
    server = await startTestServer();
    const id = await server.createBoard();
    const client = await join(id);
    const kept = createStakeholder(client.doc, { name: 'Chief Nurse', power: 8 });
    await onServer(id, (entities) => Object.keys(entities).length === 1);
    const before = await save(id, 'Before changes');
    const beforePlan = planFromJson((await call('GET', `/api/boards/${id}/versions/${before.id}`, as(id))).body as any);

    const late = createRisk(client.doc, { title: 'Raised in the workshop' });
    if (!kept.ok || !late.ok) throw new Error('not created');
    client.doc.transact(() => boardMaps(client.doc).entities.get(kept.id)!.set('power', 2));
    await onServer(id, (entities) => late.id in entities && entities[kept.id].power === 2);
    const clientVector = Y.decodeStateVector(Y.encodeStateVector(client.doc));

    const restored = await call('POST', `/api/boards/${id}/versions/${before.id}/restore`, as(id), { into: 'this' });
    expect(restored.status).toBe(200);
    await eventually(() => !readPlan(client.doc).entities.has(late.id), 5000, 'the restore to reach the client');
    expect(readPlan(client.doc)).toEqual(beforePlan);
    const after = Y.decodeStateVector(Y.encodeStateVector(client.doc));
    for (const [clientId, clock] of clientVector) expect(after.get(clientId)).toBeGreaterThanOrEqual(clock);

    // The state it replaced was kept as a version, so the risk is still there to be restored.
    const versions = await list(id);
    expect(versions[0]).toMatchObject({ kind: 'auto', name: 'Before restoring “Before changes”', entities: 2 });
    const undo = await call('POST', `/api/boards/${id}/versions/${versions[0]!.id}/restore`, as(id), { into: 'this' });
    expect(undo.status).toBe(200);
    await eventually(() => readPlan(client.doc).entities.get(late.id)?.type === 'risk', 5000, 'the risk to come back');
  });

  it('restores as a new board that the caller facilitates', async () => {
    server = await startTestServer();
    const id = await server.createBoard('Ageing well');
    const client = await join(id);
    createStakeholder(client.doc, { name: 'Chief Nurse' });
    await onServer(id, (entities) => Object.keys(entities).length === 1);
    const version = await save(id, 'Draft one');
    const created = await call('POST', `/api/boards/${id}/versions/${version.id}/restore`, as(id, 'editor'), { into: 'new' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Ageing well – Draft one', role: 'facilitator', mode: 'open' });
    expect(created.body!.links.facilitator).toContain(`/b/${created.body!.id}#token=`);
    boardTokens.set(created.body!.id, created.body!.tokens);
    const copy = await call('GET', `/api/boards/${created.body!.id}/export/board.json`, created.body!.tokens.viewer);
    expect(Object.values(copy.body!.entities)).toEqual([expect.objectContaining({ type: 'stakeholder', name: 'Chief Nurse' })]);
  });

  it('lets viewers read, editors save and copy, and only facilitators restore onto an editable board', async () => {
    server = await startTestServer();
    const id = await server.createBoard();
    const version = await save(id, 'First');
    const restore = (role: Role, into: string) => call('POST', `/api/boards/${id}/versions/${version.id}/restore`, as(id, role), { into });

    expect((await call('GET', `/api/boards/${id}/versions`, undefined)).status).toBe(401);
    expect((await call('GET', `/api/boards/${id}/versions/${version.id}`, as(id, 'viewer'))).status).toBe(200);
    expect((await call('POST', `/api/boards/${id}/versions`, as(id, 'viewer'), { name: 'Mine' })).status).toBe(403);
    expect((await restore('viewer', 'new')).status).toBe(403);
    expect((await restore('viewer', 'this')).status).toBe(403);
    expect((await call('POST', `/api/boards/${id}/versions`, as(id, 'editor'), { name: 'Mine' })).status).toBe(201);
    expect((await restore('editor', 'new')).status).toBe(201);
    expect((await restore('editor', 'this')).status).toBe(403);

    await call('PATCH', `/api/boards/${id}`, as(id), { mode: 'locked' });
    expect((await restore('facilitator', 'this')).status).toBe(200);
    await call('PATCH', `/api/boards/${id}`, as(id), { mode: 'archived' });
    const refused = await restore('facilitator', 'this');
    expect(refused.status).toBe(403);
    expect(refused.body!.error.message).toContain('archived');
  });

  it('keeps an automatic version when the last person leaves a changed board, and deletes versions with the board', async () => {
    server = await startTestServer({ unloadGraceMs: 20 });
    const id = await server.createBoard();
    const client = await join(id);
    createStakeholder(client.doc, { name: 'Chief Nurse' });
    await onServer(id, (entities) => Object.keys(entities).length === 1);
    client.destroy();
    const deadline = Date.now() + 5000;
    while ((await list(id)).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const [auto] = await list(id);
    expect(auto).toMatchObject({ kind: 'auto', createdBy: null, entities: 1 });
    expect(auto!.name).toMatch(/^End of session, \d{1,2} \w{3} \d{4} \d{2}:\d{2} UTC$/);

    // A session that changes nothing adds no version.
    const again = await join(id, 'viewer');
    again.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await list(id)).toHaveLength(1);

    const versionsDir = path.join(server.dataDir, 'versions');
    expect(await readdir(versionsDir)).toContain(id);
    expect((await call('DELETE', `/api/boards/${id}`, as(id))).status).toBe(204);
    expect(await readdir(versionsDir)).not.toContain(id);
  });
});
