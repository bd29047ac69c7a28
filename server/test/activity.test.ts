import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRisk, createStakeholder, deleteEntities, updateEntity, viewLayout, type Role } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, whenSynced, type SyncedClient } from './helpers/clients.ts';
import { addActivity, COALESCE_MS, type ActivityEntry } from '../src/activity/activity-log.ts';

let server: TestServer | undefined;
const clients: SyncedClient[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  server = undefined;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function join(boardId: string, name: string | null, role: Role = 'editor'): Promise<SyncedClient> {
  const client = connectClient(server!.wsUrl, boardId, { token: server!.tokens(boardId)[role] });
  clients.push(client);
  if (name) client.provider.awareness.setLocalStateField('user', { name, color: '#123456' });
  await whenSynced(client);
  return client;
}

/** Waits until everyone sees everyone's presence, so the server knows each connection's name. */
const presenceShared = (...people: SyncedClient[]) =>
  eventually(() => people.every((one) => people.every((other) => one.provider.awareness.getStates().has(other.doc.clientID))), 5000, 'presence');

async function activity(boardId: string, query = '', role: Role | null = 'viewer') {
  const headers = role ? server!.auth(boardId, role) : {};
  const response = await fetch(`${server!.baseUrl}/api/boards/${boardId}/activity${query}`, { headers });
  return { status: response.status, body: (await response.json()) as { entries: ActivityEntry[] } };
}

async function entriesWhen(boardId: string, check: (entries: ActivityEntry[]) => boolean): Promise<ActivityEntry[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { body } = await activity(boardId, '?limit=500');
    if (check(body.entries)) return body.entries;
    if (Date.now() > deadline) throw new Error(`activity never matched: ${JSON.stringify(body.entries.slice(0, 5))}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const line = (entry: ActivityEntry) => `${entry.who} ${entry.action} ${entry.entity.type} ${entry.entity.name}`;

function created(result: { ok: boolean; id?: string }): string {
  if (!result.ok || !result.id) throw new Error('not created');
  return result.id;
}

describe('activity feed', () => {
  it('records who added, changed and removed which entity, newest first, with removed names kept', async () => {
    server = await startTestServer();
    const id = await server.createBoard();
    const alice = await join(id, 'Alice', 'facilitator');
    const bob = await join(id, 'Bob');
    await presenceShared(alice, bob);

    const risk = created(createRisk(bob.doc, { title: 'Workforce gaps' }));
    await entriesWhen(id, (entries) => entries.length === 1);
    const nurse = created(createStakeholder(alice.doc, { name: 'Chief Nurse' }));
    await entriesWhen(id, (entries) => entries.length === 2);
    updateEntity(alice.doc, risk, { likelihood: 5 });
    await entriesWhen(id, (entries) => entries.length === 3);
    deleteEntities(bob.doc, [nurse]);

    const entries = await entriesWhen(id, (all) => all.length === 4);
    expect(entries.map(line)).toEqual([
      'Bob removed stakeholder Chief Nurse',
      'Alice changed risk Workforce gaps',
      'Alice added stakeholder Chief Nurse',
      'Bob added risk Workforce gaps',
    ]);
    expect(entries[0]).toMatchObject({ role: 'editor', entity: { id: nurse } });
    expect(entries[2]!.role).toBe('facilitator');
    expect(Date.parse(entries[0]!.at)).toBeGreaterThanOrEqual(Date.parse(entries[3]!.at));
    expect((await activity(id, '?limit=2')).body.entries.map(line)).toEqual(entries.slice(0, 2).map(line));
  });

  it('names a connection without a name by its link, and folds a drag or a burst of edits into one entry', async () => {
    server = await startTestServer();
    const id = await server.createBoard();
    const alice = await join(id, 'Alice', 'facilitator');
    const anonymous = await join(id, null);
    const note = created(createRisk(alice.doc, { title: 'Data sharing' }));
    await entriesWhen(id, (entries) => entries.length === 1);

    await eventually(() => anonymous.doc.getMap('entities').has(note), 5000, 'the risk to arrive');
    for (let step = 0; step < 60; step += 1) {
      anonymous.doc.transact(() => {
        const layout = viewLayout(anonymous.doc, 'canvas');
        let position = layout.get(note);
        if (!position) layout.set(note, (position = new Y.Map<number>()));
        position.set('x', step * 5);
        position.set('y', step * 3);
      });
    }
    for (let step = 0; step < 20; step += 1) updateEntity(anonymous.doc, note, { title: `Data sharing ${'!'.repeat(step)}` });

    const entries = await entriesWhen(id, (all) => all.length === 2 && all[0]!.entity.name.endsWith('!'.repeat(19)));
    expect(entries.map(line)).toEqual(['Someone with the editor link changed risk Data sharing !!!!!!!!!!!!!!!!!!!', 'Alice added risk Data sharing']);
  });

  it('lists Roundtable’s own changes, such as a stakeholder import, under "Roundtable"', async () => {
    server = await startTestServer();
    const id = await server.createBoard();
    const response = await fetch(`${server.baseUrl}/api/boards/${id}/import/stakeholders`, {
      method: 'POST',
      headers: { ...server.auth(id, 'editor'), 'content-type': 'text/csv' },
      body: 'Name,Organisation\nWard manager,Community trust\n',
    });
    expect(response.status).toBe(200);
    const entries = await entriesWhen(id, (all) => all.length === 2);
    expect(entries.map(line).sort()).toEqual(['Roundtable added organisation Community trust', 'Roundtable added stakeholder Ward manager']);
    expect(entries[0]!.role).toBeNull();
  });

  it('keeps at most 500 entries, and answers viewers but not requests without a link', async () => {
    server = await startTestServer();
    const id = await server.createBoard();
    const bob = await join(id, 'Bob');
    bob.doc.transact(() => {
      for (let index = 0; index < 520; index += 1) createStakeholder(bob.doc, { name: `Person ${index}` });
    });
    const entries = await entriesWhen(id, (all) => all.length === 500);
    expect(entries[0]!.entity.name).toBe('Person 519');
    expect(entries[499]!.entity.name).toBe('Person 20');
    expect((await activity(id)).body.entries).toHaveLength(100);

    expect((await activity(id, '', null)).status).toBe(401);
    expect((await activity(id, '?limit=501')).status).toBe(400);
    expect((await activity(id, '?limit=0')).status).toBe(400);
  });

  it('survives a graceful restart and goes with the board', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-activity-'));
    dirs.push(dataDir);
    server = await startTestServer({ dataDir });
    const id = await server.createBoard();
    const bob = await join(id, 'Bob');
    createRisk(bob.doc, { title: 'Workforce gaps' });
    await entriesWhen(id, (entries) => entries.length === 1);
    // Closed at once: the throttled write has not happened yet, so shutdown must write it.
    for (const client of clients.splice(0)) client.destroy();
    await server.close();

    server = await startTestServer({ dataDir });
    expect((await activity(id)).body.entries.map(line)).toEqual(['Bob added risk Workforce gaps']);
    const stored = JSON.parse(await readFile(path.join(dataDir, 'activity', `${id}.json`), 'utf8')) as { entries: unknown[] };
    expect(stored.entries).toHaveLength(1);

    // The first change after loading removes a card: its name is still known.
    const again = await join(id, 'Bob');
    await presenceShared(again);
    deleteEntities(again.doc, [...again.doc.getMap('entities').keys()]);
    const entries = await entriesWhen(id, (all) => all.length === 2);
    expect(entries.map(line)).toEqual(['Bob removed risk Workforce gaps', 'Bob added risk Workforce gaps']);

    const deleted = await fetch(`${server.baseUrl}/api/boards/${id}`, { method: 'DELETE', headers: server.auth(id) });
    expect(deleted.status).toBe(204);
    await expect(readFile(path.join(dataDir, 'activity', `${id}.json`))).rejects.toThrow(/ENOENT/);
  });
});

describe('addActivity', () => {
  const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();
  const entry = (ms: number, who: string, action: ActivityEntry['action'], id = 'r1', name = 'Risk'): ActivityEntry => ({
    at: at(ms), who, role: 'editor', action, entity: { id, type: 'risk', name },
  });

  it('folds changes by the same person within two minutes, but not across someone else’s or after a gap', () => {
    const entries: ActivityEntry[] = [];
    addActivity(entries, entry(0, 'Bob', 'added'));
    addActivity(entries, entry(1000, 'Bob', 'changed', 'r1', 'Renamed'));
    expect(entries).toEqual([entry(1000, 'Bob', 'added', 'r1', 'Renamed')]);
    addActivity(entries, entry(2000, 'Alice', 'changed'));
    addActivity(entries, entry(3000, 'Bob', 'changed'));
    expect(entries.map((one) => one.who)).toEqual(['Bob', 'Alice', 'Bob']);
    addActivity(entries, entry(3000 + COALESCE_MS + 1, 'Bob', 'changed'));
    expect(entries).toHaveLength(4);
    addActivity(entries, entry(3000 + COALESCE_MS + 2, 'Bob', 'removed'));
    expect(entries).toHaveLength(5);
  });

  it('drops the oldest past the cap', () => {
    const entries: ActivityEntry[] = [];
    for (let index = 0; index < 5; index += 1) addActivity(entries, entry(index, 'Bob', 'added', `r${index}`), 3);
    expect(entries.map((one) => one.entity.id)).toEqual(['r2', 'r3', 'r4']);
  });
});
