import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BoardStorage, LoadedBoard } from './board-storage.ts';
import { BoardExistsError, StorageClosedError } from './errors.ts';
import { isNotFound, makeDirDurable, syncDir, type StorageStats } from './fs-util.ts';
import { LogWriter, type LogPosition } from './group-commit.ts';
import { boardDir, listBoard, listingHasData, logFileName, removeCoveredLogs } from './layout.ts';
import { silentLogger, type StorageLogger } from './logger.ts';
import { scanBoard } from './scan.ts';
import { SerialQueue } from './serial-queue.ts';
import { writeSnapshot } from './snapshot.ts';

export type { StorageStats } from './fs-util.ts';
export type { StorageLogger } from './logger.ts';

export interface FileStorageOptions {
  /** Holds one subdirectory per board (the server passes `DATA_DIR/boards`); created on first `create`. */
  dir: string;
  logger?: StorageLogger;
  /** Appends this close together share one write and fsync. Default 4. */
  commitWindowMs?: number;
  /** A board's log file is closed after this long without appends. Default 10 s. */
  idleCloseMs?: number;
  /** Told how long each fsync took, in seconds. */
  observeFsync?(seconds: number): void;
}

interface Board {
  readonly id: string;
  readonly dir: string;
  /** Serializes create, load, compact, remove, close and lazy log opening; appends to an open log skip it. */
  readonly lock: SerialQueue;
  /** The log appends go to; undefined until the board is created, loaded or first appended to here. */
  writer?: LogWriter;
  /** Shared by appends waiting for `writer` to be opened, so they queue in call order. */
  opening?: Promise<void>;
  /** The previous log while a compaction flushes it; `flush` waits for it too. */
  retiring?: LogWriter;
}

/** `BoardStorage` on the local filesystem: per board a snapshot plus append-only logs. See docs/storage.md. */
export class FileStorage implements BoardStorage {
  private readonly dir: string;
  private readonly logger: StorageLogger;
  private readonly commitWindowMs: number;
  private readonly idleCloseMs: number;
  private readonly boards = new Map<string, Board>();
  private readonly counters: StorageStats;
  private closed = false;

  constructor({ dir, logger = silentLogger, commitWindowMs = 4, idleCloseMs = 10_000, observeFsync }: FileStorageOptions) {
    this.counters = { appends: 0, fsyncs: 0, bytesWritten: 0, observeFsync };
    this.dir = resolve(dir);
    this.logger = logger;
    this.commitWindowMs = commitWindowMs;
    this.idleCloseMs = idleCloseMs;
  }

  /** Totals since construction, for metrics. */
  stats(): StorageStats {
    const { appends, fsyncs, bytesWritten } = this.counters;
    return { appends, fsyncs, bytesWritten };
  }

  create(boardId: string, initialState: Uint8Array): Promise<void> {
    return this.exclusive(boardId, async (board) => {
      if (board.writer || listingHasData(await listBoard(board.dir))) throw new BoardExistsError(boardId);
      await makeDirDurable(board.dir, this.counters);
      await writeSnapshot(board.dir, { coveredGen: 0, state: initialState }, this.counters);
      board.writer = this.newWriter(board, { gen: 1, size: 0, dirty: false });
    });
  }

  load(boardId: string): Promise<LoadedBoard> {
    return this.exclusive(boardId, async (board) => {
      const live = board.writer;
      // Appends that failed were rejected to their callers; load reports what is on disk either way.
      await live?.flush().catch(() => undefined);
      const scan = await scanBoard({
        boardId,
        dir: board.dir,
        logger: this.logger,
        live: live && { gen: live.gen, size: live.durableSize },
      });
      board.writer ??= this.newWriter(board, scan.next);
      return { updates: scan.updates, logBytes: scan.logBytes };
    });
  }

  append(boardId: string, update: Uint8Array): Promise<void> {
    let board: Board;
    try {
      board = this.board(boardId);
    } catch (err) {
      return Promise.reject(err);
    }
    // Taking the writer synchronously is what keeps an append on the right side of a compaction's rotation.
    return board.writer ? board.writer.append(update) : this.appendWhenOpen(board, update);
  }

  async settled(boardId: string): Promise<void> {
    const board = this.board(boardId);
    await board.opening?.catch(() => undefined);
    await Promise.all([board.writer?.settled(), board.retiring?.settled()]);
  }

  async flush(boardId: string): Promise<void> {
    const board = this.board(boardId);
    await board.opening?.catch(() => undefined);
    await Promise.all([board.writer?.flush(), board.retiring?.flush()]);
  }

  compact(boardId: string, encodeState: () => Uint8Array): Promise<void> {
    return this.exclusive(boardId, async (board) => {
      const old = await this.openWriter(board);
      let oldDurable!: () => void;
      let oldLost!: (err: unknown) => void;
      const predecessorDurable = new Promise<void>((resolve, reject) => {
        oldDurable = resolve;
        oldLost = reject;
      });
      predecessorDurable.catch(() => undefined);
      board.writer = this.newWriter(board, { gen: old.gen + 1, size: 0, dirty: false }, predecessorDurable);
      board.retiring = old;
      let state: Uint8Array | undefined;
      let encodeError: unknown;
      try {
        state = encodeState();
      } catch (err) {
        encodeError = err;
      }
      // The old log's appends are inside `state`, so its flush failing does not stop the snapshot.
      const oldFlushed = await old.close().then(() => true, () => false);
      board.retiring = undefined;
      if (oldFlushed) oldDurable();
      try {
        if (state === undefined) throw encodeError;
        await writeSnapshot(board.dir, { coveredGen: old.gen, state }, this.counters);
      } catch (err) {
        // Neither the old log nor a snapshot holds what came before the new log: its appends cannot be acknowledged.
        if (!oldFlushed) oldLost(err);
        throw err;
      }
      oldDurable();
      await removeCoveredLogs(board.dir, (await listBoard(board.dir))?.logGens ?? [], old.gen);
      this.logger.info({ boardId, coveredGen: old.gen, snapshotBytes: state.length }, 'compacted board log');
    });
  }

  remove(boardId: string): Promise<void> {
    return this.exclusive(boardId, async (board) => {
      const writer = board.writer;
      board.writer = undefined;
      // Let queued appends settle before their file disappears.
      await writer?.close().catch(() => undefined);
      await rm(board.dir, { recursive: true, force: true });
      await syncDir(this.dir, this.counters).catch((err: unknown) => {
        if (!isNotFound(err)) throw err;
      });
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const results = await Promise.allSettled(
      [...this.boards.values()].map((board) =>
        board.lock.run(async () => {
          const writer = board.writer;
          board.writer = undefined;
          await writer?.close();
        }),
      ),
    );
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }

  /** Validates the id, rejects after close, and runs `task` under the board's lock. */
  private exclusive<T>(boardId: string, task: (board: Board) => Promise<T>): Promise<T> {
    try {
      const board = this.board(boardId);
      return board.lock.run(() => task(board));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Throws for a bad id or a closed storage, before any file is touched. */
  private board(boardId: string): Board {
    if (this.closed) throw new StorageClosedError();
    let board = this.boards.get(boardId);
    if (!board) {
      board = { id: boardId, dir: boardDir(this.dir, boardId), lock: new SerialQueue() };
      this.boards.set(boardId, board);
    }
    return board;
  }

  private async appendWhenOpen(board: Board, update: Uint8Array): Promise<void> {
    for (;;) {
      board.opening ??= board.lock
        .run(async () => {
          await this.openWriter(board);
        })
        .finally(() => {
          board.opening = undefined;
        });
      await board.opening;
      if (board.writer) return board.writer.append(update);
    }
  }

  /** Finds where the board's log continues (reading it once) unless a writer is already open. Needs the lock. */
  private async openWriter(board: Board): Promise<LogWriter> {
    if (board.writer) return board.writer;
    if (this.closed) throw new StorageClosedError();
    const scan = await scanBoard({ boardId: board.id, dir: board.dir, logger: this.logger });
    board.writer = this.newWriter(board, scan.next);
    return board.writer;
  }

  private newWriter(board: Board, position: LogPosition, predecessorDurable?: Promise<void>): LogWriter {
    return new LogWriter({
      ...position,
      predecessorDurable,
      path: join(board.dir, logFileName(position.gen)),
      windowMs: this.commitWindowMs,
      idleCloseMs: this.idleCloseMs,
      stats: this.counters,
    });
  }
}
