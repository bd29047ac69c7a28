/**
 * The storage seam: everything the rooms need from disk (or, later, Redis). Updates are opaque Yjs update
 * bytes; replaying what `load` returns, in order, rebuilds the board.
 */
export interface LoadedBoard {
  /** The latest snapshot followed by every logged update after it, in append order. */
  updates: Uint8Array[];
  /** Bytes in the update log(s) not yet folded into a snapshot; rooms use it to decide when to compact. */
  logBytes: number;
}

export interface BoardStorage {
  /** Stores a brand-new board whose whole state is `initialState`. Rejects if the board already exists. */
  create(boardId: string, initialState: Uint8Array): Promise<void>;
  /**
   * Reads a board. A torn or corrupt record at the tail of a log is dropped with a logged warning; anything else
   * that stops the board from loading (no files for it, unreadable files, a corrupt snapshot) rejects, so a
   * failed load can never turn into an empty board.
   */
  load(boardId: string): Promise<LoadedBoard>;
  /**
   * Queues one update for the board's log. Resolves once it is fsynced: appends within a few milliseconds of
   * each other share one fsync (group commit). Rejects if the write or fsync fails.
   */
  append(boardId: string, update: Uint8Array): Promise<void>;
  /** Resolves once everything appended so far for the board is durable, writing any waiting batch now. */
  flush(boardId: string): Promise<void>;
  /**
   * Resolves once everything appended so far for the board is durable, in the normal course of group commit:
   * what waits for acknowledgements, so that asking for one never adds a write.
   */
  settled(boardId: string): Promise<void>;
  /**
   * Folds the log into a snapshot. `encodeState` is called synchronously at the moment the log is rotated, so
   * it must return the state including every update appended before the call; later appends go to the new log.
   * The snapshot is written to a temp file, fsynced, renamed into place, and only then is the old log removed.
   */
  compact(boardId: string, encodeState: () => Uint8Array): Promise<void>;
  /** Deletes every file of the board. */
  remove(boardId: string): Promise<void>;
  /** Flushes every board and releases file handles. Later calls reject. */
  close(): Promise<void>;
}

/** The board has no stored data at all (never created, or deleted). */
export class BoardMissingError extends Error {
  readonly code = 'board_missing';
  constructor(boardId: string) {
    super(`no stored data for board ${boardId}`);
  }
}
