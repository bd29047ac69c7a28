import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidBoardIdError } from './errors.ts';

/** Where a board's files live inside its directory; see docs/storage.md. */
export const SNAPSHOT_FILE = 'snapshot';
export const SNAPSHOT_TMP_FILE = 'snapshot.tmp';

const BOARD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const LOG_FILE = /^log\.(\d{6,})$/;

/** The board's directory under `root`; throws for ids that could name anything else (`..`, `/`, empty). */
export function boardDir(root: string, boardId: string): string {
  if (!BOARD_ID.test(boardId)) throw new InvalidBoardIdError(boardId);
  return join(root, boardId);
}

export function logFileName(gen: number): string {
  return `log.${String(gen).padStart(6, '0')}`;
}

export interface BoardListing {
  hasSnapshot: boolean;
  hasSnapshotTmp: boolean;
  /** Generations of the log files present, ascending. */
  logGens: number[];
}

/** Lists a board directory; undefined if it does not exist. Unknown names are ignored. */
export async function listBoard(dir: string): Promise<BoardListing | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const logGens: number[] = [];
  for (const name of names) {
    const match = LOG_FILE.exec(name);
    if (match?.[1] !== undefined) logGens.push(Number(match[1]));
  }
  logGens.sort((a, b) => a - b);
  return {
    hasSnapshot: names.includes(SNAPSHOT_FILE),
    hasSnapshotTmp: names.includes(SNAPSHOT_TMP_FILE),
    logGens,
  };
}

/** True when the listing holds any board data (a leftover snapshot.tmp alone does not count). */
export function listingHasData(listing: BoardListing | undefined): listing is BoardListing {
  return listing !== undefined && (listing.hasSnapshot || listing.logGens.length > 0);
}

/** Deletes the logs that a snapshot covering `coveredGen` has made redundant. */
export async function removeCoveredLogs(dir: string, logGens: readonly number[], coveredGen: number): Promise<void> {
  for (const gen of logGens) {
    if (gen <= coveredGen) await rm(join(dir, logFileName(gen)), { force: true });
  }
}
