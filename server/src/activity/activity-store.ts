import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { isNotFound } from '../storage/fs-util.ts';
import { SerialQueue } from '../storage/serial-queue.ts';
import { addActivity, COALESCE_MS, type ActivityEntry } from './activity-log.ts';

/**
 * How long recorded activity may wait in memory before it is written. Each write rewrites the board's whole feed
 * (up to 500 lines), so with hundreds of busy boards this sets a real share of the server's disk work; a crash
 * loses at most this much of the feed, never any of the board.
 */
export const ACTIVITY_WRITE_DELAY_MS = 10_000;

/** A loaded board's feed whose entries are read from disk only once something is recorded or listed. */
interface OpenFeed {
  /** The stored feed plus what was recorded since; undefined while it lives on disk only. */
  entries?: ActivityEntry[];
  /** Recorded while the stored feed was being read; added to it once it is in. */
  waiting: ActivityEntry[];
  reading?: Promise<void>;
  /** A write is due. */
  timer?: NodeJS.Timeout;
  /** Lets the entries go from memory once written and quiet for as long as a change can still fold into one. */
  forget?: NodeJS.Timeout;
}

/**
 * The activity feeds of boards, as `DATA_DIR/activity/<boardId>.json` (`{ entries }`, oldest first). A loaded
 * board's feed is read into memory only when something is recorded or listed, written at most every few seconds
 * (each time to a temp file renamed into place), and dropped from memory again once written and quiet: a server
 * with a thousand idle boards open holds none of their feeds. Reads and writes of one board's file run one at a time.
 */
export class ActivityStore {
  private readonly feeds = new Map<string, OpenFeed>();
  private readonly queues = new Map<string, SerialQueue>();

  constructor(
    private readonly dir: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Starts taking entries for a loaded board (its stored feed is read when first needed). */
  open(boardId: string): void {
    if (!this.feeds.has(boardId)) this.feeds.set(boardId, { waiting: [] });
  }

  record(boardId: string, entry: ActivityEntry): void {
    const feed = this.feeds.get(boardId);
    if (!feed) return;
    clearTimeout(feed.forget);
    feed.forget = undefined;
    if (feed.entries) addActivity(feed.entries, entry);
    else {
      feed.waiting.push(entry);
      void this.readInto(boardId, feed);
    }
    feed.timer ??= setTimeout(() => void this.write(boardId, feed), ACTIVITY_WRITE_DELAY_MS).unref();
  }

  /** Newest first. */
  async list(boardId: string, limit: number): Promise<ActivityEntry[]> {
    const feed = this.feeds.get(boardId);
    if (feed) await this.readInto(boardId, feed);
    const entries = feed?.entries ?? (await this.queue(boardId).run(() => this.read(boardId)));
    return entries.slice(-limit).reverse();
  }

  /** Writes what is pending and lets the feed go from memory (its board was unloaded). */
  release(boardId: string): Promise<void> {
    const feed = this.feeds.get(boardId);
    if (!feed) return Promise.resolve();
    this.feeds.delete(boardId);
    clearTimeout(feed.forget);
    return this.write(boardId, feed);
  }

  async remove(boardId: string): Promise<void> {
    const feed = this.feeds.get(boardId);
    clearTimeout(feed?.timer);
    clearTimeout(feed?.forget);
    this.feeds.delete(boardId);
    await this.queue(boardId).run(() => rm(this.file(boardId), { force: true }));
    this.queues.delete(boardId);
  }

  /** Writes every pending feed; for shutdown. */
  async close(): Promise<void> {
    await Promise.all([...this.feeds.keys()].map((boardId) => this.release(boardId)));
    await Promise.all([...this.queues.values()].map((queue) => queue.run(async () => undefined)));
  }

  /** Reads the stored feed into memory unless it is there, then adds what waited for it. */
  private readInto(boardId: string, feed: OpenFeed): Promise<void> {
    if (feed.entries) return Promise.resolve();
    feed.reading ??= this.queue(boardId)
      .run(async () => {
        const entries = await this.read(boardId);
        for (const entry of feed.waiting.splice(0)) addActivity(entries, entry);
        feed.entries = entries;
      })
      .finally(() => {
        feed.reading = undefined;
      });
    return feed.reading;
  }

  private write(boardId: string, feed: OpenFeed): Promise<void> {
    if (!feed.timer) return Promise.resolve();
    clearTimeout(feed.timer);
    feed.timer = undefined;
    // Queued after any read of the feed (every record starts one when the entries are not in memory).
    return this.queue(boardId)
      .run(async () => {
        if (!feed.entries) return;
        const json = JSON.stringify({ entries: feed.entries });
        await mkdir(this.dir, { recursive: true });
        const temp = `${this.file(boardId)}.${randomBytes(6).toString('hex')}.tmp`;
        const handle = await open(temp, 'w');
        try {
          await handle.writeFile(json);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, this.file(boardId));
        if (this.feeds.get(boardId) === feed) feed.forget = setTimeout(() => this.forget(feed), COALESCE_MS).unref();
      })
      .catch((err: unknown) => this.log.error({ err, boardId }, 'saving the activity feed failed'));
  }

  private forget(feed: OpenFeed): void {
    feed.forget = undefined;
    if (!feed.timer && !feed.reading) feed.entries = undefined;
  }

  private async read(boardId: string): Promise<ActivityEntry[]> {
    try {
      const stored = JSON.parse(await readFile(this.file(boardId), 'utf8')) as { entries?: unknown };
      return Array.isArray(stored.entries) ? (stored.entries as ActivityEntry[]) : [];
    } catch (err) {
      if (!isNotFound(err)) this.log.warn({ err, boardId }, 'the activity feed could not be read; starting a new one');
      return [];
    }
  }

  private file(boardId: string): string {
    return path.join(this.dir, `${boardId}.json`);
  }

  private queue(boardId: string): SerialQueue {
    let queue = this.queues.get(boardId);
    if (!queue) {
      queue = new SerialQueue();
      this.queues.set(boardId, queue);
    }
    return queue;
  }
}
