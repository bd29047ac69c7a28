import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardMissingError } from '../../src/storage/board-storage.ts';
import { BoardExistsError, InvalidBoardIdError, StorageClosedError } from '../../src/storage/errors.ts';
import { FileStorage } from '../../src/storage/file-storage.ts';
import { BOARD, content, openStorage, rebuild, reopen, tempDir, trackedDoc } from './helpers.ts';

async function boardWithEdits(storage: FileStorage): Promise<Y.Doc> {
  const { doc, updates } = trackedDoc();
  doc.getMap('m').set('title', 'plan');
  await storage.create(BOARD, Y.encodeStateAsUpdate(doc));
  doc.getText('t').insert(0, 'hello');
  doc.getMap('m').set('owner', 'ana');
  await Promise.all(updates.splice(0).map((u) => storage.append(BOARD, u)));
  return doc;
}

describe('board lifecycle', () => {
  it('creates a board that loads back with its later appends', async () => {
    const { storage, dir } = await openStorage();
    const doc = await boardWithEdits(storage);
    await storage.close();

    const loaded = await reopen(dir).load(BOARD);
    expect(content(rebuild(loaded.updates))).toEqual(content(doc));
    expect(loaded.logBytes).toBeGreaterThan(0);
  });

  it('rejects loading a board that was never stored with BoardMissingError', async () => {
    const { storage } = await openStorage();
    await expect(storage.load(BOARD)).rejects.toBeInstanceOf(BoardMissingError);
    await expect(storage.load(BOARD)).rejects.toMatchObject({ code: 'board_missing' });
  });

  it('rejects appending to a board that does not exist without creating it', async () => {
    const { storage, dir } = await openStorage();
    await expect(storage.append(BOARD, Uint8Array.from([0, 0]))).rejects.toBeInstanceOf(BoardMissingError);
    await expect(stat(join(dir, BOARD))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('treats a directory holding only an interrupted create as missing, and lets create retry', async () => {
    const { storage, dir } = await openStorage();
    await mkdir(join(dir, BOARD), { recursive: true });
    await writeFile(join(dir, BOARD, 'snapshot.tmp'), 'half a snapshot');
    await expect(storage.load(BOARD)).rejects.toBeInstanceOf(BoardMissingError);

    const doc = await boardWithEdits(storage);
    expect(content(rebuild((await storage.load(BOARD)).updates))).toEqual(content(doc));
  });

  it('rejects a second create, in the same process and in a new one', async () => {
    const { storage, dir } = await openStorage();
    const state = Y.encodeStateAsUpdate(new Y.Doc());
    await storage.create(BOARD, state);
    await expect(storage.create(BOARD, state)).rejects.toBeInstanceOf(BoardExistsError);
    await storage.close();
    await expect(reopen(dir).create(BOARD, state)).rejects.toMatchObject({ code: 'board_exists' });
  });

  it('remove deletes every file of the board, after its pending appends settle', async () => {
    const { storage, dir } = await openStorage();
    const { doc, updates } = trackedDoc();
    await storage.create(BOARD, Y.encodeStateAsUpdate(doc));
    doc.getMap('m').set('x', 1);
    const pending = storage.append(BOARD, updates[0]!);

    await storage.remove(BOARD);
    await expect(pending).resolves.toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
    await expect(storage.load(BOARD)).rejects.toBeInstanceOf(BoardMissingError);
    await expect(reopen(dir).load(BOARD)).rejects.toBeInstanceOf(BoardMissingError);
    await expect(storage.append(BOARD, updates[0]!)).rejects.toBeInstanceOf(BoardMissingError);
  });

  it('can create a board again after removing it', async () => {
    const { storage } = await openStorage();
    await boardWithEdits(storage);
    await storage.remove(BOARD);
    const fresh = await boardWithEdits(storage);
    expect(content(rebuild((await storage.load(BOARD)).updates))).toEqual(content(fresh));
  });

  it('rejects ids that could escape the directory without touching the filesystem', async () => {
    const root = await tempDir();
    const dir = join(root, 'boards');
    const storage = new FileStorage({ dir });
    const state = Y.encodeStateAsUpdate(new Y.Doc());
    const bad = ['', '..', '.', '../x', 'a/b', 'a\\b', 'x'.repeat(65), 'white space', 'é'];
    for (const id of bad) {
      await expect(storage.create(id, state)).rejects.toBeInstanceOf(InvalidBoardIdError);
      await expect(storage.load(id)).rejects.toMatchObject({ code: 'invalid_board_id' });
      await expect(storage.append(id, state)).rejects.toBeInstanceOf(InvalidBoardIdError);
      await expect(storage.flush(id)).rejects.toBeInstanceOf(InvalidBoardIdError);
      await expect(storage.compact(id, () => state)).rejects.toBeInstanceOf(InvalidBoardIdError);
      await expect(storage.remove(id)).rejects.toBeInstanceOf(InvalidBoardIdError);
    }
    expect(await readdir(root)).toEqual([]);
    await storage.close();
  });

  it('rejects every call after close, and close is idempotent', async () => {
    const { storage } = await openStorage();
    await boardWithEdits(storage);
    await storage.close();
    await storage.close();
    const state = Y.encodeStateAsUpdate(new Y.Doc());
    await expect(storage.load(BOARD)).rejects.toBeInstanceOf(StorageClosedError);
    await expect(storage.append(BOARD, state)).rejects.toBeInstanceOf(StorageClosedError);
    await expect(storage.flush(BOARD)).rejects.toBeInstanceOf(StorageClosedError);
    await expect(storage.create('other', state)).rejects.toBeInstanceOf(StorageClosedError);
    await expect(storage.compact(BOARD, () => state)).rejects.toBeInstanceOf(StorageClosedError);
    await expect(storage.remove(BOARD)).rejects.toBeInstanceOf(StorageClosedError);
  });

  it('rejects a log file that does not carry the log header', async () => {
    const { storage, dir } = await openStorage();
    await boardWithEdits(storage);
    await storage.close();
    const log = join(dir, BOARD, 'log.000001');
    await writeFile(log, Buffer.concat([Buffer.from('NOTALOG!'), (await readFile(log)).subarray(8)]));
    await expect(reopen(dir).load(BOARD)).rejects.toMatchObject({ code: 'corrupt_file' });
  });

  it('accepts a pino logger', async () => {
    const { storage } = await openStorage({ logger: pino({ level: 'silent' }) });
    const doc = await boardWithEdits(storage);
    expect(content(rebuild((await storage.load(BOARD)).updates))).toEqual(content(doc));
  });
});
