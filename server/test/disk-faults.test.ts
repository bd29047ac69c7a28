import { readdir, rename, symlink, unlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MessageType } from '@roundtable/shared';
import { startTestServer } from './helpers/test-server.ts';
import { useServer } from './helpers/use-server.ts';
import { connectClient, eventually, whenSynced } from './helpers/clients.ts';

const t = useServer({ storageIdleCloseMs: 10, saveRetryMs: 50 });
const { clients } = t;

/** A writer that asked for save acknowledgements, and what the t.server has told it. */
async function writer(boardId: string) {
  const client = connectClient(t.server.wsUrl, boardId, { ack: '1' });
  clients.push(client);
  const heard = { savedClock: 0, notSaved: 0 };
  client.provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
    const clock = Y.decodeStateVector(decoding.readVarUint8Array(decoder)).get(client.doc.clientID) ?? 0;
    heard.savedClock = Math.max(heard.savedClock, clock);
  };
  client.provider.messageHandlers[MessageType.notSaved] = () => {
    heard.notSaved += 1;
  };
  await whenSynced(client);
  return { client, heard, clock: () => Y.getState(client.doc.store, client.doc.clientID) };
}

/**
 * Makes every file the board could write next a link to /dev/full, where each write fails with ENOSPC, as on a
 * full disk; returns how to put the real files back.
 */
async function fillDisk(boardId: string): Promise<() => Promise<void>> {
  const dir = path.join(t.server.dataDir, 'boards', boardId);
  const files = await readdir(dir);
  const logs = files.filter((name) => name.startsWith('log.'));
  const newest = Math.max(...logs.map((name) => Number(name.slice(4))));
  const doomed = [...logs, 'snapshot.tmp', ...[1, 2, 3, 4].map((n) => `log.${String(newest + n).padStart(6, '0')}`)];
  for (const name of logs) await rename(path.join(dir, name), path.join(dir, `${name}.real`));
  for (const name of doomed) await symlink('/dev/full', path.join(dir, name));
  return async () => {
    for (const name of doomed) await unlink(path.join(dir, name)).catch(() => undefined);
    for (const name of logs) await rename(path.join(dir, `${name}.real`), path.join(dir, name));
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a full disk', () => {
  it('makes writes fail loudly: the room stays up, clients hear "not saved", and saving resumes when the disk recovers', async () => {
    const boardId = await t.server.createBoard('Full disk');
    const { client, heard, clock } = await writer(boardId);
    const witness = connectClient(t.server.wsUrl, boardId);
    clients.push(witness);
    await whenSynced(witness);
    client.doc.getMap('entities').set('before', 1);
    await eventually(() => heard.savedClock >= clock(), 5000, 'the first edit to be saved');
    await pause(50);

    const recover = await fillDisk(boardId);
    client.doc.getMap('entities').set('while-full', 2);
    await eventually(() => heard.notSaved === 1, 5000, 'the writer to hear "not saved"');
    await eventually(() => witness.doc.getMap('entities').get('while-full') === 2, 5000, 'the edit to reach the others');
    await pause(300);
    expect(heard.savedClock).toBeLessThan(clock());

    await recover();
    await eventually(() => heard.savedClock >= clock(), 5000, 'the edit to be saved once the disk recovers');
    client.doc.getMap('entities').set('after', 3);
    await eventually(() => heard.savedClock >= clock(), 5000, 'later edits to be saved as usual');
    expect(heard.notSaved).toBe(1);

    for (const c of clients.splice(0)) c.destroy();
    await t.server.app.close();
    const again = await startTestServer({ dataDir: t.server.dataDir });
    try {
      const reader = connectClient(again.wsUrl, boardId);
      await whenSynced(reader);
      expect(reader.doc.getMap('entities').toJSON()).toEqual({ before: 1, 'while-full': 2, after: 3 });
      reader.destroy();
    } finally {
      await again.close();
    }
  });

  it('keeps a board that cannot be saved in memory when everyone leaves, and saves it once it can', async () => {
    const boardId = await t.server.createBoard('Kept in memory');
    const { client } = await writer(boardId);
    await pause(50);
    const recover = await fillDisk(boardId);
    client.doc.getMap('entities').set('only-in-memory', 1);
    await pause(100);
    for (const c of clients.splice(0)) c.destroy();
    const rooms = async () => ((await (await fetch(`${t.server.baseUrl}/healthz`)).json()) as { rooms: number }).rooms;
    await pause(500);
    expect(await rooms()).toBe(1);

    await recover();
    const deadline = Date.now() + 8000;
    while ((await rooms()) > 0 && Date.now() < deadline) await pause(50);
    expect(await rooms()).toBe(0);
    const reader = connectClient(t.server.wsUrl, boardId);
    clients.push(reader);
    await whenSynced(reader);
    expect(reader.doc.getMap('entities').get('only-in-memory')).toBe(1);
  });
});
