import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, openRaw, whenSynced } from './helpers/clients.ts';
import { entityUpdate, SYNC_UPDATE, syncMessage } from './helpers/wire.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const loadedRooms = async () => ((await (await fetch(`${server.baseUrl}/healthz`)).json()) as { rooms: number }).rooms;

async function boardWithUnloadedData(): Promise<{ boardId: string; dir: string }> {
  const boardId = await server.createBoard();
  const writer = connectClient(server.wsUrl, boardId);
  await whenSynced(writer);
  writer.doc.getMap('entities').set('precious', 'do not lose');
  await new Promise((r) => setTimeout(r, 50));
  writer.destroy();
  const deadline = Date.now() + 5000;
  while ((await loadedRooms()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return { boardId, dir: path.join(server.dataDir, 'boards', boardId) };
}

const updateMessage = () => syncMessage(SYNC_UPDATE, entityUpdate('intruder', 'blank board'));

describe('a board that fails to load', () => {
  it('closes every waiting socket with loadFailed and never overwrites the stored board', async () => {
    const { boardId, dir } = await boardWithUnloadedData();
    const snapshotPath = path.join(dir, 'snapshot');
    const original = await readFile(snapshotPath);
    const corrupt = Buffer.from(original);
    corrupt[corrupt.length - 1] = (corrupt[corrupt.length - 1] ?? 0) ^ 0xff;
    await writeFile(snapshotPath, corrupt);
    const filesBefore = (await readdir(dir)).sort();

    const first = openRaw(server.syncUrl(boardId));
    const second = openRaw(server.syncUrl(boardId));
    await first.opened;
    first.socket.send(updateMessage());
    expect((await first.closed).code).toBe(CloseCode.loadFailed);
    expect((await second.closed).code).toBe(CloseCode.loadFailed);
    expect(await loadedRooms()).toBe(0);
    expect(await readFile(snapshotPath)).toEqual(corrupt);
    expect((await readdir(dir)).sort()).toEqual(filesBefore);

    // Once the disk is repaired, the next connection loads the real board again.
    await writeFile(snapshotPath, original);
    const reader = connectClient(server.wsUrl, boardId);
    await whenSynced(reader);
    await eventually(() => reader.doc.getMap('entities').get('precious') === 'do not lose');
    expect(reader.doc.getMap('entities').has('intruder')).toBe(false);
    reader.destroy();
  });
});
