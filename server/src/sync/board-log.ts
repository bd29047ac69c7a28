import type { FastifyBaseLogger } from 'fastify';
import type { BoardStorage } from '../storage/board-storage.ts';

/** Fold the log into a snapshot once it holds this much. */
const COMPACT_AFTER_BYTES = 1024 * 1024;
const COMPACT_AFTER_RECORDS = 10_000;

/**
 * A loaded board's update log on disk: appends each change, folds the log into a snapshot (one compaction at a
 * time) once it has grown, and writes the whole board afresh when asked.
 */
export class BoardLog {
  private bytes: number;
  private records: number;
  private compaction: Promise<void> | undefined;

  constructor(
    private readonly boardId: string,
    private readonly storage: BoardStorage,
    private readonly log: FastifyBaseLogger,
    /** The whole board, encoded for a snapshot. */
    private readonly encodeBoard: () => Uint8Array,
    stored: { bytes: number; records: number },
  ) {
    this.bytes = stored.bytes;
    this.records = stored.records;
  }

  /** Appends a change; the promise rejects if its write failed. Starts a compaction if the log has grown. */
  append(update: Uint8Array): Promise<void> {
    const written = this.storage.append(this.boardId, update);
    this.bytes += update.byteLength;
    this.records += 1;
    if (!this.compaction && (this.bytes > COMPACT_AFTER_BYTES || this.records > COMPACT_AFTER_RECORDS)) void this.compact();
    return written;
  }

  /** Makes every append durable and folds the log into a snapshot when there is one (before unloading). */
  async persist(): Promise<void> {
    await this.compaction;
    await this.storage.flush(this.boardId);
    if (this.records > 0) await this.compact();
  }

  /** The whole board as a snapshot: it covers every update, including ones whose own write failed. */
  async saveEverything(): Promise<void> {
    await this.compaction;
    await this.storage.compact(this.boardId, this.encodeSnapshot);
  }

  /** The board for a new snapshot, taken as the log rotates: the log starts empty again. */
  private readonly encodeSnapshot = (): Uint8Array => {
    this.bytes = 0;
    this.records = 0;
    return this.encodeBoard();
  };

  private compact(): Promise<void> {
    const run = this.storage
      .compact(this.boardId, this.encodeSnapshot)
      .catch((err: unknown) => this.log.error({ err, boardId: this.boardId }, 'compaction failed'))
      .finally(() => {
        this.compaction = undefined;
      });
    this.compaction = run;
    return run;
  }
}
