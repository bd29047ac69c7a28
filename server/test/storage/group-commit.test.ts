import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD, content, openStorage, rebuild, reopen, trackedDoc } from './helpers.ts';

function manyUpdates(count: number): { doc: Y.Doc; initial: Uint8Array; updates: Uint8Array[] } {
  const { doc, updates } = trackedDoc();
  const initial = Y.encodeStateAsUpdate(doc);
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i % 17}`, i);
  return { doc, initial, updates };
}

describe('group commit', () => {
  it('resolves many concurrent appends with fewer fsyncs, and all of them are on disk', async () => {
    const { storage, dir } = await openStorage();
    const { doc, initial, updates } = manyUpdates(300);
    await storage.create(BOARD, initial);
    const before = storage.stats();

    await Promise.all(updates.map((u) => storage.append(BOARD, u)));
    const after = storage.stats();
    expect(after.appends - before.appends).toBe(300);
    expect(after.fsyncs - before.fsyncs).toBeLessThan(30);

    const loaded = await reopen(dir).load(BOARD);
    expect(loaded.updates).toHaveLength(301);
    expect(content(rebuild(loaded.updates))).toEqual(content(doc));
  });

  it('keeps append order within and across batches', async () => {
    const { storage, dir } = await openStorage({ commitWindowMs: 1 });
    const { initial, updates } = manyUpdates(60);
    await storage.create(BOARD, initial);
    const acks: Promise<void>[] = [];
    for (const [i, update] of updates.entries()) {
      acks.push(storage.append(BOARD, update));
      if (i % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await Promise.all(acks);

    const loaded = await reopen(dir).load(BOARD);
    const hex = (list: Uint8Array[]) => list.map((u) => Buffer.from(u).toString('hex'));
    expect(hex(loaded.updates)).toEqual(hex([initial, ...updates]));
  });

  it('flush makes every earlier append durable', async () => {
    const { storage, dir } = await openStorage({ commitWindowMs: 50 });
    const { doc, initial, updates } = manyUpdates(20);
    await storage.create(BOARD, initial);
    const acks = updates.map((u) => storage.append(BOARD, u));

    await storage.flush(BOARD);
    const loaded = await reopen(dir).load(BOARD);
    expect(content(rebuild(loaded.updates))).toEqual(content(doc));
    await Promise.all(acks);
  });

  it('settled waits for the batch in its window without writing it early, so waiting for acks adds no fsync', async () => {
    const { storage, dir } = await openStorage({ commitWindowMs: 30 });
    const { doc, initial, updates } = manyUpdates(21);
    await storage.create(BOARD, initial);
    // The first append creates the log file (its own fsyncs); count from the next.
    await storage.append(BOARD, updates.shift()!);
    const before = storage.stats().fsyncs;
    const first = updates.slice(0, 10).map((u) => storage.append(BOARD, u));
    const settled = storage.settled(BOARD);
    // Appends arriving after the wait began still share the batch: the window was not cut short.
    const rest = updates.slice(10).map((u) => storage.append(BOARD, u));
    await settled;
    await Promise.all([...first, ...rest]);
    expect(storage.stats().fsyncs - before).toBe(1);
    const loaded = await reopen(dir).load(BOARD);
    expect(content(rebuild(loaded.updates))).toEqual(content(doc));
  });

  it('close writes what is still pending', async () => {
    const { storage, dir } = await openStorage({ commitWindowMs: 50 });
    const { doc, initial, updates } = manyUpdates(20);
    await storage.create(BOARD, initial);
    const acks = updates.map((u) => storage.append(BOARD, u));

    await storage.close();
    await Promise.all(acks);
    expect(content(rebuild((await reopen(dir).load(BOARD)).updates))).toEqual(content(doc));
  });

  it('appends to a board this process never loaded, continuing its newest log', async () => {
    const { storage, dir } = await openStorage();
    const { doc, initial, updates } = manyUpdates(10);
    await storage.create(BOARD, initial);
    await Promise.all(updates.slice(0, 5).map((u) => storage.append(BOARD, u)));
    await storage.close();

    const second = reopen(dir);
    await Promise.all(updates.slice(5).map((u) => second.append(BOARD, u)));
    await second.close();

    const loaded = await reopen(dir).load(BOARD);
    expect(loaded.updates).toHaveLength(11);
    expect(content(rebuild(loaded.updates))).toEqual(content(doc));
  });

  it('serves a load in the same process that includes appends still in their commit window', async () => {
    const { storage } = await openStorage({ commitWindowMs: 50 });
    const { doc, initial, updates } = manyUpdates(10);
    await storage.create(BOARD, initial);
    const acks = updates.map((u) => storage.append(BOARD, u));

    const loaded = await storage.load(BOARD);
    expect(content(rebuild(loaded.updates))).toEqual(content(doc));
    await Promise.all(acks);
  });

  it('rejects an empty update without failing the others in its batch', async () => {
    const { storage } = await openStorage();
    const { initial, updates } = manyUpdates(2);
    await storage.create(BOARD, initial);
    const results = await Promise.allSettled([
      storage.append(BOARD, updates[0]!),
      storage.append(BOARD, new Uint8Array(0)),
      storage.append(BOARD, updates[1]!),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
