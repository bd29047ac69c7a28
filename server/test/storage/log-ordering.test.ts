import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LogWriter } from '../../src/storage/group-commit.ts';
import { BOARD, openStorage, rebuild, reopen, tempDir } from './helpers.ts';

const stats = () => ({ appends: 0, fsyncs: 0, bytesWritten: 0 });

describe('acknowledgement order across a log rotation', () => {
  it('holds back an append to the new log until everything before the rotation is durable', async () => {
    const dir = await tempDir();
    let predecessorDone!: () => void;
    const predecessorDurable = new Promise<void>((resolve) => (predecessorDone = resolve));
    const writer = new LogWriter({
      gen: 2, size: 0, dirty: false, path: path.join(dir, 'log.000002'), windowMs: 1, idleCloseMs: 10_000, stats: stats(), predecessorDurable,
    });
    let acknowledged = false;
    const append = writer.append(Uint8Array.of(1, 2, 3)).then(() => (acknowledged = true));
    // The record itself reaches the disk meanwhile; only the acknowledgement waits.
    for (let i = 0; i < 50 && (await readFile(writer.path).catch(() => Buffer.alloc(0))).length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 30));
    expect(acknowledged).toBe(false);
    predecessorDone();
    await append;
    expect(acknowledged).toBe(true);
    await writer.close();
  });

  it('keeps every update loadable when appends race a compaction, whatever order the logs finish in', async () => {
    const { storage, dir } = await openStorage({ commitWindowMs: 1 });
    const doc = new Y.Doc();
    await storage.create(BOARD, Y.encodeStateAsUpdate(doc));
    const acks: Promise<void>[] = [];
    doc.on('update', (update: Uint8Array) => acks.push(storage.append(BOARD, update)));
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 30; i++) doc.getMap('m').set(`k${round}-${i}`, i);
      void storage.compact(BOARD, () => Y.encodeStateAsUpdate(doc));
    }
    await Promise.all(acks);
    await storage.close();
    const loaded = rebuild((await reopen(dir).load(BOARD)).updates).getMap('m');
    expect(loaded.size).toBe(600);
  });
});
