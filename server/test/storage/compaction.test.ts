import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardMissingError } from '../../src/storage/board-storage.ts';
import { CorruptFileError } from '../../src/storage/errors.ts';
import type { FileStorage } from '../../src/storage/file-storage.ts';
import { BOARD, content, openStorage, rebuild, reopen, trackedDoc } from './helpers.ts';

/** A board whose room doc is `doc`: every local edit is appended, like a room does. */
async function liveBoard(storage: FileStorage) {
  const { doc } = trackedDoc();
  doc.getMap('m').set('title', 'plan');
  await storage.create(BOARD, Y.encodeStateAsUpdate(doc));
  const acks: Promise<void>[] = [];
  doc.on('update', (update: Uint8Array) => acks.push(storage.append(BOARD, update)));
  const edit = (i: number) => doc.getMap('m').set(`k${i % 11}`, i);
  const compact = () => storage.compact(BOARD, () => Y.encodeStateAsUpdate(doc));
  return { doc, acks, edit, compact };
}

const boardFiles = async (dir: string) => (await readdir(join(dir, BOARD))).sort();

describe('compaction', () => {
  it('folds the log into a snapshot and deletes the old generation', async () => {
    const { storage, dir } = await openStorage();
    const board = await liveBoard(storage);
    for (let i = 0; i < 20; i++) board.edit(i);
    await Promise.all(board.acks);
    await board.compact();

    expect(await boardFiles(dir)).toEqual(['snapshot']);
    const loaded = await reopen(dir).load(BOARD);
    expect(loaded.updates).toHaveLength(1);
    expect(loaded.logBytes).toBe(0);
    expect(content(rebuild(loaded.updates))).toEqual(content(board.doc));
  });

  it('loses no append that races with a compaction', async () => {
    const { storage, dir } = await openStorage({ commitWindowMs: 1 });
    const board = await liveBoard(storage);
    const compactions: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      board.edit(i);
      if (i % 40 === 0) compactions.push(board.compact());
      if (i % 9 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all([...board.acks, ...compactions]);

    const loaded = await reopen(dir).load(BOARD);
    expect(content(rebuild(loaded.updates))).toEqual(content(board.doc));
    // Five compactions: only the newest generation can remain (absent if no append came after the last rotation).
    expect((await boardFiles(dir)).filter((name) => name !== 'log.000006')).toEqual(['snapshot']);
  });

  it('still loads when a crash left the covered log generation behind', async () => {
    const { storage, dir } = await openStorage();
    const board = await liveBoard(storage);
    for (let i = 0; i < 10; i++) board.edit(i);
    await Promise.all(board.acks);
    const oldLog = join(dir, BOARD, 'log.000001');
    await copyFile(oldLog, join(dir, 'saved-log'));
    await board.compact();
    for (let i = 10; i < 15; i++) board.edit(i);
    await Promise.all(board.acks);
    await storage.close();
    await copyFile(join(dir, 'saved-log'), oldLog);

    const loaded = await reopen(dir).load(BOARD);
    expect(content(rebuild(loaded.updates))).toEqual(content(board.doc));
    expect(loaded.updates).toHaveLength(1 + 5);
    expect(await boardFiles(dir)).toEqual(['log.000002', 'snapshot']);
  });

  it('ignores and removes a snapshot.tmp left by a crash before the rename', async () => {
    const { storage, dir } = await openStorage();
    const board = await liveBoard(storage);
    for (let i = 0; i < 10; i++) board.edit(i);
    await Promise.all(board.acks);
    await storage.close();
    await writeFile(join(dir, BOARD, 'snapshot.tmp'), Buffer.from('RTBSNAP1 torn'));

    const second = reopen(dir);
    expect(content(rebuild((await second.load(BOARD)).updates))).toEqual(content(board.doc));
    expect(await boardFiles(dir)).toEqual(['log.000001', 'snapshot']);
  });

  it('loads a snapshot plus every newer generation, e.g. after a crash between rotation and snapshot', async () => {
    const { storage, dir } = await openStorage();
    const board = await liveBoard(storage);
    for (let i = 0; i < 10; i++) board.edit(i);
    await Promise.all(board.acks);
    const originalSnapshot = await readFile(join(dir, BOARD, 'snapshot'));
    const firstLog = await readFile(join(dir, BOARD, 'log.000001'));
    await board.compact();
    for (let i = 10; i < 20; i++) board.edit(i);
    await Promise.all(board.acks);
    await storage.close();
    // As if the process died after log.000002 got appends but before the new snapshot was renamed in.
    await writeFile(join(dir, BOARD, 'snapshot'), originalSnapshot);
    await writeFile(join(dir, BOARD, 'log.000001'), firstLog);

    const loaded = await reopen(dir).load(BOARD);
    expect(loaded.updates).toHaveLength(1 + 10 + 10);
    expect(content(rebuild(loaded.updates))).toEqual(content(board.doc));
  });

  it('rejects loading a board whose snapshot is corrupt instead of returning an empty board', async () => {
    const { storage, dir } = await openStorage();
    const board = await liveBoard(storage);
    board.edit(1);
    await Promise.all(board.acks);
    await board.compact();
    await storage.close();
    const path = join(dir, BOARD, 'snapshot');
    const bytes = await readFile(path);
    bytes[bytes.length - 3]! ^= 0x01;
    await writeFile(path, bytes);

    await expect(reopen(dir).load(BOARD)).rejects.toBeInstanceOf(CorruptFileError);
    await writeFile(path, bytes.subarray(0, bytes.length - 3));
    await expect(reopen(dir).load(BOARD)).rejects.toMatchObject({ code: 'corrupt_file' });
  });

  it('keeps every update when encodeState throws', async () => {
    const { storage, dir } = await openStorage();
    const board = await liveBoard(storage);
    for (let i = 0; i < 5; i++) board.edit(i);
    await expect(
      storage.compact(BOARD, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    for (let i = 5; i < 10; i++) board.edit(i);
    await Promise.all(board.acks);

    expect(content(rebuild((await reopen(dir).load(BOARD)).updates))).toEqual(content(board.doc));
  });

  it('compacts a board this process has not loaded', async () => {
    const { storage, dir } = await openStorage();
    const board = await liveBoard(storage);
    for (let i = 0; i < 5; i++) board.edit(i);
    await Promise.all(board.acks);
    await storage.close();

    const second = reopen(dir);
    await second.compact(BOARD, () => Y.encodeStateAsUpdate(board.doc));
    expect(await boardFiles(dir)).toEqual(['snapshot']);
    expect(content(rebuild((await second.load(BOARD)).updates))).toEqual(content(board.doc));
  });

  it('rejects compacting a missing board', async () => {
    const { storage } = await openStorage();
    await expect(storage.compact(BOARD, () => Uint8Array.from([0, 0]))).rejects.toBeInstanceOf(BoardMissingError);
  });
});
