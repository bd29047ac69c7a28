import { appendFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD, content, openStorage, rebuild, recordingLogger, reopen, trackedDoc } from './helpers.ts';

/** A closed board with a snapshot and `count` single-update records in log.000001. */
async function storedBoard(count: number) {
  const { storage, dir } = await openStorage();
  const { doc, updates } = trackedDoc();
  doc.getMap('m').set('title', 'plan');
  const initial = Y.encodeStateAsUpdate(doc);
  updates.length = 0;
  await storage.create(BOARD, initial);
  for (let i = 0; i < count; i++) {
    doc.getMap('m').set(`k${i}`, i);
    await storage.append(BOARD, updates[i]!);
  }
  await storage.close();
  return { dir, doc, initial, updates, log: join(dir, BOARD, 'log.000001') };
}

describe('torn and corrupt log tails', () => {
  it('drops a torn last record with a warning and appends after the last good one', async () => {
    const { dir, initial, updates, log } = await storedBoard(3);
    const goodSize = (await stat(log)).size;
    await truncate(log, goodSize - 2);
    const logger = recordingLogger();

    const storage = reopen(dir, { logger });
    const loaded = await storage.load(BOARD);
    expect(content(rebuild(loaded.updates))).toEqual(content(rebuild([initial, ...updates.slice(0, 2)])));
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]!.obj).toMatchObject({ boardId: BOARD, reason: 'torn' });

    const extra = new Y.Doc();
    extra.getMap('m').set('after', true);
    const extraUpdate = Y.encodeStateAsUpdate(extra);
    await storage.append(BOARD, extraUpdate);
    await storage.close();
    const sizeWithoutTail = goodSize - (8 + updates[2]!.length);
    expect((await stat(log)).size).toBe(sizeWithoutTail + 8 + extraUpdate.length);

    const second = recordingLogger();
    const reloaded = await reopen(dir, { logger: second }).load(BOARD);
    expect(second.warnings).toEqual([]);
    expect(content(rebuild(reloaded.updates))).toEqual(content(rebuild([initial, ...updates.slice(0, 2), extraUpdate])));
  });

  it('drops everything from a corrupt record in the middle of a log onwards', async () => {
    const { dir, initial, updates, log } = await storedBoard(4);
    const bytes = await readFile(log);
    const secondRecord = 8 + 8 + updates[0]!.length;
    bytes[secondRecord + 9]! ^= 0xff;
    await writeFile(log, bytes);
    const logger = recordingLogger();

    const loaded = await reopen(dir, { logger }).load(BOARD);
    expect(loaded.updates).toHaveLength(2);
    expect(content(rebuild(loaded.updates))).toEqual(content(rebuild([initial, updates[0]!])));
    expect(logger.warnings[0]!.obj).toMatchObject({ reason: 'corrupt', offset: secondRecord });
  });

  it('loads a log whose header write was interrupted as empty and recreates it on the next append', async () => {
    const { dir, initial, log } = await storedBoard(0);
    await writeFile(log, Buffer.from('RTB'));
    const storage = reopen(dir);
    expect((await storage.load(BOARD)).updates).toHaveLength(1);

    const extra = new Y.Doc();
    extra.getMap('m').set('after', 1);
    await storage.append(BOARD, Y.encodeStateAsUpdate(extra));
    await storage.close();
    const loaded = await reopen(dir).load(BOARD);
    expect(content(rebuild(loaded.updates))).toEqual(content(rebuild([initial, Y.encodeStateAsUpdate(extra)])));
  });

  it('cuts garbage at the tail before appending to a board it has not loaded', async () => {
    const { dir, doc, updates, log } = await storedBoard(2);
    await appendFile(log, Buffer.alloc(100, 0xab));
    const storage = reopen(dir);
    doc.getMap('m').set('later', 1);
    await storage.append(BOARD, updates[2]!);
    await storage.close();

    const logger = recordingLogger();
    const loaded = await reopen(dir, { logger }).load(BOARD);
    expect(logger.warnings).toEqual([]);
    expect(content(rebuild(loaded.updates))).toEqual(content(doc));
  });
});
