import { stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyEdit,
  BOARD,
  content,
  editArb,
  editHistory,
  openStorage,
  rebuild,
  recordingLogger,
  reopen,
  trackedDoc,
} from './helpers.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each step edits the room doc (whose update is appended right away), maybe compacts, maybe yields a while. */
const stepArb = fc.record({
  edit: editArb,
  compact: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
  pauseMs: fc.constantFrom(0, 0, 0, 1, 3),
});

describe('replay properties', () => {
  it('replay(compact(log)) == replay(log), with compactions racing appends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 25 }), async (steps) => {
        const { storage, dir } = await openStorage({ commitWindowMs: 1 });
        const { doc, updates } = trackedDoc();
        doc.getMap('m').set('title', 'board');
        const initial = Y.encodeStateAsUpdate(doc);
        updates.length = 0;
        await storage.create(BOARD, initial);
        const pending: Promise<void>[] = [];
        doc.on('update', (update: Uint8Array) => pending.push(storage.append(BOARD, update)));
        for (const step of steps) {
          applyEdit(doc, step.edit);
          if (step.compact) pending.push(storage.compact(BOARD, () => Y.encodeStateAsUpdate(doc)));
          if (step.pauseMs > 0) await sleep(step.pauseMs);
        }
        await Promise.all(pending);
        await storage.close();

        const loaded = await reopen(dir).load(BOARD);
        const uncompacted = rebuild([initial, ...updates]);
        expect(content(rebuild(loaded.updates))).toEqual(content(uncompacted));
        expect(content(rebuild(loaded.updates))).toEqual(content(doc));
      }),
      { numRuns: 30 },
    );
  });

  it('replaying the loaded updates twice gives the same doc as once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { maxLength: 20 }), fc.nat(20), async (edits, compactAfter) => {
        const { storage, dir } = await openStorage();
        const history = editHistory(edits);
        await storage.create(BOARD, history.initial);
        for (const [i, update] of history.updates.entries()) {
          await storage.append(BOARD, update);
          const soFar = [history.initial, ...history.updates.slice(0, i + 1)];
          if (i === compactAfter) await storage.compact(BOARD, () => Y.encodeStateAsUpdate(rebuild(soFar)));
        }
        await storage.close();

        const { updates } = await reopen(dir).load(BOARD);
        const twice = rebuild([...updates, ...updates]);
        expect(content(twice)).toEqual(content(rebuild(updates)));
        expect(content(twice)).toEqual(content(history.doc));
      }),
      { numRuns: 25 },
    );
  });

  it('a log cut at any byte loads every record wholly before the cut and keeps accepting appends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(editArb, { minLength: 1, maxLength: 15 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(editArb, { minLength: 1, maxLength: 5 }),
        async (edits, cutFraction, laterEdits) => {
          const { storage, dir } = await openStorage();
          const history = editHistory(edits);
          await storage.create(BOARD, history.initial);
          await Promise.all(history.updates.map((u) => storage.append(BOARD, u)));
          await storage.close();

          const log = join(dir, BOARD, 'log.000001');
          const size = history.updates.length === 0 ? 0 : (await stat(log)).size;
          const cut = Math.floor(cutFraction * size);
          if (size > 0) await truncate(log, cut);
          const ends = recordEnds(history.updates);
          const kept = history.updates.slice(0, ends.filter((end) => end <= cut).length);

          const logger = recordingLogger();
          const second = reopen(dir, { logger });
          const loaded = await second.load(BOARD);
          expect(loaded.updates).toHaveLength(1 + kept.length);
          expect(content(rebuild(loaded.updates))).toEqual(content(rebuild([history.initial, ...kept])));
          const onBoundary = cut === 0 || cut === 8 || ends.includes(cut);
          expect(logger.warnings).toHaveLength(onBoundary ? 0 : 1);

          const { doc: later, updates: laterUpdates } = trackedDoc();
          for (const edit of laterEdits) applyEdit(later, edit);
          await Promise.all(laterUpdates.map((u) => second.append(BOARD, u)));
          await second.close();
          const reloaded = await reopen(dir).load(BOARD);
          const expected = rebuild([history.initial, ...kept, ...laterUpdates]);
          expect(content(rebuild(reloaded.updates))).toEqual(content(expected));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** File offsets where each record of a fresh log (8-byte header, then records) ends. */
function recordEnds(updates: readonly Uint8Array[]): number[] {
  let offset = 8;
  return updates.map((u) => (offset += 8 + u.length));
}
