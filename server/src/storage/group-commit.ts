import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StorageClosedError } from './errors.ts';
import { syncData, syncDir, writeFully, type StorageStats } from './fs-util.ts';
import { LOG_MAGIC } from './log-file.ts';
import { assertStorablePayload, encodeRecords } from './record.ts';

export interface LogPosition {
  /** Generation of the log file (`log.<gen>`). */
  gen: number;
  /** Bytes of the file known intact and durable; 0 = the file does not exist yet or its header is incomplete. */
  size: number;
  /** The file may hold bytes past `size` (a torn tail, a failed write) that must be cut before writing. */
  dirty: boolean;
}

export interface LogWriterOptions extends LogPosition {
  path: string;
  /** Appends within this many ms of the first one in a batch share one write and one fdatasync. */
  windowMs: number;
  /** The file handle is closed after this long without appends and reopened on the next one. */
  idleCloseMs: number;
  stats: StorageStats;
  /**
   * Settles once everything appended before this log existed is durable (the previous log flushed, or a snapshot
   * covering it written). No batch here resolves before it: updates depend on the ones before them, so an
   * acknowledged update must never sit on disk while an earlier one could still be lost.
   */
  predecessorDurable?: Promise<void>;
}

interface Batch {
  payloads: Uint8Array[];
  done: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for one log file. Appends are batched; a batch is encoded into one buffer, written with one
 * positional write at the durable end of the file, then fdatasynced, and every append in it resolves after that
 * fsync (rejects if the write or fsync failed). One batch is in flight at a time.
 *
 * On failure the handle is dropped and nothing past the last durable byte is trusted: the next batch reopens
 * the file, truncates it back to that point and tries again, so a transient disk error fails only the appends
 * of the batches it hit. A newly created file is made durable (header + directory fsync) before its first batch
 * resolves.
 */
export class LogWriter {
  readonly gen: number;
  readonly path: string;
  private size: number;
  private dirty: boolean;
  private handle: FileHandle | undefined;
  private pending: Batch | undefined;
  private inFlight: Batch | undefined;
  private windowTimer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: LogWriterOptions) {
    this.gen = options.gen;
    this.path = options.path;
    this.size = options.size;
    this.dirty = options.dirty;
  }

  /** Bytes of the file that are intact and fsynced. */
  get durableSize(): number {
    return this.size;
  }

  /** The update must not be mutated until the returned promise settles (it is copied when its batch is written). */
  append(update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new StorageClosedError());
    try {
      assertStorablePayload(update);
    } catch (err) {
      return Promise.reject(err);
    }
    this.options.stats.appends += 1;
    clearTimeout(this.idleTimer);
    const batch = (this.pending ??= this.openBatch());
    batch.payloads.push(update);
    return batch.done;
  }

  /** Writes the pending batch now; resolves when everything appended so far is durable, rejects if part failed. */
  flush(): Promise<void> {
    const waits = [this.inFlight?.done, this.pending?.done];
    if (this.pending) {
      clearTimeout(this.windowTimer);
      this.windowTimer = undefined;
      this.startNext();
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** Resolves once everything appended so far is durable, letting the open batch wait out its window. */
  settled(): Promise<void> {
    return Promise.all([this.inFlight?.done, this.pending?.done]).then(() => undefined);
  }

  /** Flushes, then releases the file. Later appends reject. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    try {
      await this.flush();
    } finally {
      await this.releaseHandle();
    }
  }

  private openBatch(): Batch {
    let resolve!: () => void;
    let reject!: (err: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.windowTimer = setTimeout(() => {
      this.windowTimer = undefined;
      this.startNext();
    }, this.options.windowMs);
    return { payloads: [], done, resolve, reject };
  }

  private startNext(): void {
    if (this.inFlight || !this.pending) return;
    const batch = this.pending;
    this.pending = undefined;
    this.inFlight = batch;
    void this.commit(batch).then(() => {
      this.inFlight = undefined;
      // A batch that filled up while this one was in flight goes as soon as its own window has passed.
      if (this.pending && !this.windowTimer) this.startNext();
      else if (!this.pending) this.scheduleIdleClose();
    });
  }

  /** Never rejects: the outcome goes to the batch's promise. */
  private async commit(batch: Batch): Promise<void> {
    try {
      const handle = await this.openHandle();
      const creating = this.size === 0;
      const data = encodeRecords(batch.payloads, creating ? LOG_MAGIC : undefined);
      await writeFully(handle, data, this.size);
      await syncData(handle, this.options.stats);
      if (creating) await syncDir(dirname(this.path), this.options.stats);
      this.size += data.length;
      this.options.stats.bytesWritten += data.length;
      await this.options.predecessorDurable;
      batch.resolve();
    } catch (err) {
      // After a failed write or fsync the kernel may have dropped the dirty pages; reopen rather than retry on it.
      this.dirty = true;
      await this.releaseHandle();
      batch.reject(err);
    }
  }

  private async openHandle(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    // size 0: (re)create from scratch; 'w' truncates whatever an interrupted creation left behind.
    const handle = await open(this.path, this.size === 0 ? 'w' : 'r+');
    if (this.dirty && this.size > 0) {
      try {
        await handle.truncate(this.size);
      } catch (err) {
        await handle.close().catch(() => undefined);
        throw err;
      }
    }
    this.dirty = false;
    this.handle = handle;
    return handle;
  }

  private scheduleIdleClose(): void {
    if (this.closed) return;
    this.idleTimer = setTimeout(() => {
      if (!this.inFlight && !this.pending) void this.releaseHandle();
    }, this.options.idleCloseMs);
    this.idleTimer.unref();
  }

  private async releaseHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    // Everything written through the handle was already fsynced (or its batch rejected), so a failing close
    // cannot lose acknowledged data.
    await handle?.close().catch(() => undefined);
  }
}
