import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COALESCE_MS, type ActivityEntry } from '../src/activity/activity-log.ts';
import { ACTIVITY_WRITE_DELAY_MS, ActivityStore } from '../src/activity/activity-store.ts';
import { tempDir } from './storage/helpers.ts';

function entry(at: string, name: string, who = 'Asha'): ActivityEntry {
  return { at, who, role: 'editor', action: 'added', entity: { id: name.toLowerCase().replace(/\W/g, '-'), type: 'note', name } };
}

async function storedFeed(dir: string, boardId: string, entries: ActivityEntry[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${boardId}.json`), JSON.stringify({ entries }));
}

/** A store (on fake timers) whose open board 'b1' has recorded 'First' and written it out. */
async function storeWithOneWrittenEntry(): Promise<{ dir: string; store: ActivityStore }> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const dir = await tempDir();
  const store = new ActivityStore(dir, pino({ enabled: false }));
  store.open('b1');
  store.record('b1', entry('2026-01-02T09:00:00.000Z', 'First'));
  await store.list('b1', 10);
  await vi.advanceTimersByTimeAsync(ACTIVITY_WRITE_DELAY_MS);
  await vi.waitFor(async () => expect(JSON.parse(await readFile(path.join(dir, 'b1.json'), 'utf8')).entries).toHaveLength(1));
  return { dir, store };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('activity store', () => {
  it('adds what is recorded after the stored entries it has not read yet, and writes them together', async () => {
    const dir = await tempDir();
    await storedFeed(dir, 'b1', [entry('2026-01-01T10:00:00.000Z', 'Old one'), entry('2026-01-01T10:01:00.000Z', 'Old two')]);
    const store = new ActivityStore(dir, pino({ enabled: false }));
    store.open('b1');
    store.record('b1', entry('2026-01-02T09:00:00.000Z', 'New'));
    expect((await store.list('b1', 10)).map((e) => e.entity.name)).toEqual(['New', 'Old two', 'Old one']);
    await store.close();
    const written = JSON.parse(await readFile(path.join(dir, 'b1.json'), 'utf8')) as { entries: ActivityEntry[] };
    expect(written.entries.map((e) => e.entity.name)).toEqual(['Old one', 'Old two', 'New']);
  });

  it('lets a written feed go from memory once quiet, and reads it again when next needed', async () => {
    const { dir, store } = await storeWithOneWrittenEntry();
    await vi.advanceTimersByTimeAsync(COALESCE_MS);
    // Whatever the file now says is what the store reads: it kept no copy.
    await storedFeed(dir, 'b1', [entry('2026-01-02T09:00:00.000Z', 'First'), entry('2026-01-02T09:01:00.000Z', 'Restored')]);
    expect((await store.list('b1', 10)).map((e) => e.entity.name)).toEqual(['Restored', 'First']);
    store.record('b1', entry('2026-01-02T09:05:00.000Z', 'Second'));
    expect((await store.list('b1', 10)).map((e) => e.entity.name)).toEqual(['Second', 'Restored', 'First']);
    await store.close();
  });

  it('keeps a feed in memory while changes still come', async () => {
    const { dir, store } = await storeWithOneWrittenEntry();
    await vi.advanceTimersByTimeAsync(COALESCE_MS / 2);
    store.record('b1', entry('2026-01-02T09:01:00.000Z', 'Second'));
    await vi.advanceTimersByTimeAsync(COALESCE_MS / 2);
    await storedFeed(dir, 'b1', []);
    expect((await store.list('b1', 10)).map((e) => e.entity.name)).toEqual(['Second', 'First']);
    await store.close();
  });
});
