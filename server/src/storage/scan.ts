import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardMissingError } from './board-storage.ts';
import type { LogPosition } from './group-commit.ts';
import { listBoard, listingHasData, logFileName, removeCoveredLogs, SNAPSHOT_TMP_FILE } from './layout.ts';
import { LOG_MAGIC, readLog } from './log-file.ts';
import type { StorageLogger } from './logger.ts';
import { readSnapshot } from './snapshot.ts';

export interface BoardScan {
  /** The snapshot's state, then every valid logged update after it, in order. */
  updates: Uint8Array[];
  /** Bytes of valid records in the logs newer than the snapshot. */
  logBytes: number;
  /** Where appends go next: the end of the newest log, or a fresh generation after the snapshot. */
  next: LogPosition;
}

export interface ScanContext {
  boardId: string;
  dir: string;
  logger: StorageLogger;
  /** The log this process is appending to, if any: read only up to its durable size. */
  live?: { gen: number; size: number };
}

/**
 * Reads a board: snapshot (if any) plus the logs it does not cover. A torn or corrupt tail of any log is dropped
 * with a warning. Leftovers of an interrupted compaction (snapshot.tmp, logs the snapshot covers) are deleted,
 * so the caller must hold the board's lock (no compaction running).
 */
export async function scanBoard(ctx: ScanContext): Promise<BoardScan> {
  const listing = await listBoard(ctx.dir);
  if (!listingHasData(listing)) throw new BoardMissingError(ctx.boardId);
  const snapshot = listing.hasSnapshot ? await readSnapshot(ctx.dir) : undefined;
  const coveredGen = snapshot?.coveredGen ?? 0;
  // Leftovers of an interrupted compaction.
  await removeCoveredLogs(ctx.dir, listing.logGens, coveredGen);
  if (listing.hasSnapshotTmp) await rm(join(ctx.dir, SNAPSHOT_TMP_FILE), { force: true });

  const updates = snapshot ? [snapshot.state] : [];
  let logBytes = 0;
  let next: LogPosition = { gen: coveredGen + 1, size: 0, dirty: false };
  for (const gen of listing.logGens) {
    if (gen <= coveredGen) continue;
    const file = join(ctx.dir, logFileName(gen));
    const limit = ctx.live?.gen === gen ? ctx.live.size : undefined;
    const log = await readLog(file, limit);
    if (log.stop !== 'end') {
      const droppedBytes = (limit ?? log.fileSize) - log.validEnd;
      const details = { boardId: ctx.boardId, file, offset: log.validEnd, droppedBytes, reason: log.stop };
      ctx.logger.warn(details, 'dropping torn or corrupt tail of board log');
    }
    for (const update of log.updates) updates.push(update);
    logBytes += Math.max(0, log.validEnd - LOG_MAGIC.length);
    next = { gen, size: log.validEnd, dirty: log.fileSize > log.validEnd };
  }
  return { updates, logBytes, next };
}

