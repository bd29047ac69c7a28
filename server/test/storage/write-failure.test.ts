import { mkdir, readdir, readlink, rename, rmdir, symlink, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD, openStorage, reopen } from './helpers.ts';

/** Independent updates (one client each), so dropping one does not leave the others pending in Yjs. */
function update(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, key);
  return Y.encodeStateAsUpdate(doc);
}

const hex = (list: readonly Uint8Array[]) => list.map((u) => Buffer.from(u).toString('hex'));

/** Waits until this process holds no descriptor for `path` (the writer closes idle logs). */
async function waitUntilClosed(path: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const links = await Promise.all(
      (await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
    );
    if (!links.includes(path)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${path} is still open`);
}

describe('write failures', () => {
  it('rejects an append whose log cannot be created, and appends again once the fault is gone', async () => {
    const { storage, dir } = await openStorage();
    const initial = update('title');
    await storage.create(BOARD, initial);
    const log = join(dir, BOARD, 'log.000001');
    await mkdir(log);

    await expect(storage.append(BOARD, update('lost'))).rejects.toMatchObject({ code: 'EISDIR' });
    await rmdir(log);
    const kept = update('kept');
    await storage.append(BOARD, kept);
    await storage.close();

    expect(hex((await reopen(dir).load(BOARD)).updates)).toEqual(hex([initial, kept]));
  });

  it('rejects an append whose write fails (ENOSPC), then truncates back and keeps appending', async () => {
    const { storage, dir } = await openStorage({ idleCloseMs: 1 });
    const initial = update('title');
    await storage.create(BOARD, initial);
    const first = update('first');
    await storage.append(BOARD, first);
    const log = join(dir, BOARD, 'log.000001');
    await waitUntilClosed(log);

    // The writer reopens its log by path: make that path a device where every write fails with ENOSPC.
    await rename(log, `${log}.real`);
    await symlink('/dev/full', log);
    await expect(storage.append(BOARD, update('lost'))).rejects.toMatchObject({ code: 'ENOSPC' });
    await unlink(log);
    await rename(`${log}.real`, log);

    const later = [update('a'), update('b')];
    await Promise.all(later.map((u) => storage.append(BOARD, u)));
    await storage.close();
    expect(hex((await reopen(dir).load(BOARD)).updates)).toEqual(hex([initial, first, ...later]));
  });

  it('rejects appends while the board directory is unusable and recovers when it is back', async () => {
    const { storage, dir } = await openStorage();
    const initial = update('title');
    await storage.create(BOARD, initial);
    await storage.close();
    const boardPath = join(dir, BOARD);
    await rename(boardPath, `${boardPath}.away`);

    const second = reopen(dir);
    await expect(second.append(BOARD, update('lost'))).rejects.toMatchObject({ code: 'board_missing' });
    await rename(`${boardPath}.away`, boardPath);
    const kept = update('kept');
    await second.append(BOARD, kept);
    expect(hex((await second.load(BOARD)).updates)).toEqual(hex([initial, kept]));
  });
});
