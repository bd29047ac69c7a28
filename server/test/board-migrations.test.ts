import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, type Migration } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, openRaw, whenSynced } from './helpers/clients.ts';

const renameOwnerToLead: Migration = {
  name: 'test-rename-owner-to-lead',
  to: 2,
  migrateEntity: (entity) => (entity.type === 'risk' ? { ...entity, owner: undefined, lead: entity.owner } : entity),
};

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function boardWithRisk(): Promise<{ server: TestServer; boardId: string }> {
  const server = await startTestServer();
  servers.push(server);
  const boardId = await server.createBoard();
  const writer = connectClient(server.wsUrl, boardId);
  await whenSynced(writer);
  const risk = new Y.Map<unknown>();
  writer.doc.transact(() => {
    risk.set('type', 'risk');
    risk.set('title', 'Not enough social workers');
    risk.set('owner', 'Director of adult social care');
    writer.doc.getMap('entities').set('r1', risk);
  });
  await new Promise((r) => setTimeout(r, 100));
  writer.destroy();
  await server.app.close();
  return { server, boardId };
}

describe('schema migrations on load', () => {
  it('runs pending named steps once when a board loads, before anyone syncs, and stores the result', async () => {
    const { server, boardId } = await boardWithRisk();
    const upgraded = await startTestServer({ dataDir: server.dataDir, migrations: [renameOwnerToLead] });
    servers.push(upgraded);
    const client = connectClient(upgraded.wsUrl, boardId);
    await whenSynced(client);
    const risk = client.doc.getMap<Y.Map<unknown>>('entities').get('r1')!;
    expect(client.doc.getMap('meta').get('schemaVersion')).toBe(2);
    expect(risk.get('lead')).toBe('Director of adult social care');
    expect(risk.has('owner')).toBe(false);
    expect(risk.get('title')).toBe('Not enough social workers');
    client.destroy();
    await upgraded.app.close();

    // Stored: a later server with the same steps loads version 2 and has nothing left to do.
    const again = await startTestServer({ dataDir: server.dataDir, migrations: [renameOwnerToLead] });
    servers.push(again);
    const reader = connectClient(again.wsUrl, boardId);
    await whenSynced(reader);
    await eventually(() => reader.doc.getMap('meta').get('schemaVersion') === 2);
    expect(reader.doc.getMap<Y.Map<unknown>>('entities').get('r1')!.get('lead')).toBe('Director of adult social care');
    reader.destroy();
  });

  it('refuses a board from a newer schema with newerSchema and leaves its files untouched', async () => {
    const { server, boardId } = await boardWithRisk();
    const upgraded = await startTestServer({ dataDir: server.dataDir, migrations: [renameOwnerToLead] });
    servers.push(upgraded);
    const client = connectClient(upgraded.wsUrl, boardId);
    await whenSynced(client);
    await eventually(() => client.doc.getMap('meta').get('schemaVersion') === 2);
    client.destroy();
    await upgraded.app.close();

    const boardDir = path.join(server.dataDir, 'boards', boardId);
    const snapshot = async () => Promise.all((await readdir(boardDir)).sort().map(async (f) => [f, await readFile(path.join(boardDir, f))]));
    const before = await snapshot();
    const older = await startTestServer({ dataDir: server.dataDir });
    servers.push(older);
    const raw = openRaw(older.syncUrl(boardId));
    expect((await raw.closed).code).toBe(CloseCode.newerSchema);
    expect(await snapshot()).toEqual(before);
  });
});
