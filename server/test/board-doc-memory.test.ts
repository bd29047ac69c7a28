import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRisk, createStakeholder } from '@roundtable/shared';
import { pino } from 'pino';
import type { BoardStorage } from '../src/storage/board-storage.ts';
import { applyStoredUpdates, trimDecodedContent } from '../src/sync/board-doc-memory.ts';
import { Room } from '../src/sync/room.ts';
import { collectGarbage as gc } from './helpers/gc.ts';
import { openStorage } from './storage/helpers.ts';

function storedBoard(cards: number): Uint8Array {
  const doc = new Y.Doc();
  for (let i = 0; i < cards; i++) {
    const results = [
      createStakeholder(doc, { name: `Stakeholder ${i}`, role: 'Service lead', power: i % 5, interest: (i * 3) % 5 }),
      createRisk(doc, { title: `Risk ${i}: capacity may fall short`, likelihood: 1 + (i % 5), impact: 1 + ((i + 2) % 5) }),
    ];
    if (!results.every((result) => result.ok)) throw new Error('the test board was refused');
  }
  return Y.encodeStateAsUpdate(doc);
}

/** Heap bytes per document for `count` documents made by `load`, all kept alive while measured. */
function heapPerDoc(count: number, load: () => Y.Doc): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const docs = Array.from({ length: count }, load);
  gc();
  const perDoc = (process.memoryUsage().heapUsed - before) / count;
  docs.forEach((doc) => doc.destroy());
  return perDoc;
}

describe('loaded board memory', () => {
  const stored = storedBoard(150);

  it('holds the same board after trimming, and later updates are trimmed and applied too', () => {
    const trimmed = new Y.Doc();
    trimDecodedContent(trimmed);
    applyStoredUpdates(trimmed, [stored]);
    expect(Y.encodeStateAsUpdate(trimmed)).toEqual(stored);

    const writer = new Y.Doc();
    Y.applyUpdate(writer, stored);
    writer.on('update', (update: Uint8Array) => Y.applyUpdate(trimmed, update));
    expect(createRisk(writer, { title: 'A later risk', likelihood: 2, impact: 3 }).ok).toBe(true);
    expect(trimmed.getMap('entities').toJSON()).toEqual(writer.getMap('entities').toJSON());
    expect(Y.encodeStateVector(trimmed)).toEqual(Y.encodeStateVector(writer));
  });

  it('takes at least a sixth less heap than the same board decoded by Yjs alone', () => {
    const plain = heapPerDoc(40, () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored);
      return doc;
    });
    const trimmed = heapPerDoc(40, () => {
      const doc = new Y.Doc();
      trimDecodedContent(doc);
      applyStoredUpdates(doc, [stored]);
      return doc;
    });
    console.log(`[figure] loaded board heap: ${Math.round(plain / 1024)} KiB decoded by Yjs, ${Math.round(trimmed / 1024)} KiB trimmed`);
    expect(trimmed).toBeLessThan(plain * (5 / 6));
  });
});

describe('a loaded room', () => {
  it('keeps none of the stored bytes it was loaded from', async () => {
    const { storage } = await openStorage();
    await storage.create('board-1', storedBoard(20));
    let stored: WeakRef<Uint8Array> | undefined;
    const watched: BoardStorage = Object.assign(Object.create(storage) as BoardStorage, {
      load: async (boardId: string) => {
        const loaded = await storage.load(boardId);
        stored = new WeakRef(loaded.updates[0]!);
        return loaded;
      },
    });
    const room = await Room.load('board-1', watched, {
      log: pino({ enabled: false }),
      onChange: () => undefined,
      catalogEntry: () => ({ title: 'Memory', mode: 'open' }),
      onDroppedUpdate: () => undefined,
    });
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(room.doc.getMap('entities').size).toBe(40);
    expect(stored!.deref()).toBeUndefined();
    room.destroy();
  });
});
