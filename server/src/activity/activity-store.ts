import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { isNotFound } from '../storage/fs-util.ts';
import { SerialQueue } from '../storage/serial-queue.ts';
import { addActivity, type ActivityEntry } from './activity-log.ts';

/**
 * How long recorded activity may wait in memory before it is written. Each write rewrites the board's whole feed
 * (up to 500 lines), so with hundreds of busy boards this sets a real share of the server's disk work; a crash
 * loses at most this much of the feed, never any of the board.
 */
export const ACTIVITY_WRITE_DELAY_MS = 10_000;

interface OpenFeed {
  entries: ActivityEntry[];
  timer?: NodeJS.Timeout;
}

/**
 * The activity feeds of boards, as `DATA_DIR/activity/<boardId>.json` (`{ entries }`, oldest first). A loaded
 * board's feed is held in memory and written at most every few seconds, each time to a temp file renamed into
 * place; reads and writes of one board's file run one at a time.
 */
export class ActivityStore {
  private readonly feeds = new Map<string, OpenFeed>();
  private readonly queues = new Map<string, SerialQueue>();

  constructor(
    private readonly dir: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Loads a board's feed into memory so `record` can add to it. */
  async open(boardId: string): Promise<void> {
    if (this.feeds.has(boardId)) return;
    const entries = await this.queue(boardId).run(() => this.read(boardId));
    if (!this.feeds.has(boardId)) this.feeds.set(boardId, { entries });
  }

  record(boardId: string, entry: ActivityEntry): void {
    const feed = this.feeds.get(boardId);
    if (!feed) return;
    addActivity(feed.entries, entry);
    feed.timer ??= setTimeout(() => void this.write(boardId, feed), ACTIVITY_WRITE_DELAY_MS).unref();
  }

  /** Newest first. */
  async list(boardId: string, limit: number): Promise<ActivityEntry[]> {
    const entries = this.feeds.get(boardId)?.entries ?? (await this.queue(boardId).run(() => this.read(boardId)));
    return entries.slice(-limit).reverse();
  }

  /** Writes what is pending and lets the feed go from memory (its board was unloaded). */
  release(boardId: string): Promise<void> {
    const feed = this.feeds.get(boardId);
    if (!feed) return Promise.resolve();
    this.feeds.delete(boardId);
    return this.write(boardId, feed);
  }

  async remove(boardId: string): Promise<void> {
    const feed = this.feeds.get(boardId);
    clearTimeout(feed?.timer);
    this.feeds.delete(boardId);
    await this.queue(boardId).run(() => rm(this.file(boardId), { force: true }));
    this.queues.delete(boardId);
  }

  /** Writes every pending feed; for shutdown. */
  async close(): Promise<void> {
    await Promise.all([...this.feeds.keys()].map((boardId) => this.release(boardId)));
    await Promise.all([...this.queues.values()].map((queue) => queue.run(async () => undefined)));
  }

  private write(boardId: string, feed: OpenFeed): Promise<void> {
    if (!feed.timer) return Promise.resolve();
    clearTimeout(feed.timer);
    feed.timer = undefined;
    const json = JSON.stringify({ entries: feed.entries });
    return this.queue(boardId)
      .run(async () => {
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
      })
      .catch((err: unknown) => this.log.error({ err, boardId }, 'saving the activity feed failed'));
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
