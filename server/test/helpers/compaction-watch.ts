import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { listBoard } from '../../src/storage/layout.ts';

/**
 * Watches a board directory for the files a compaction creates (the next log generation, snapshot.tmp), so a
 * test can act the moment one starts.
 */
export class CompactionWatch {
  private readonly watcher: FSWatcher;
  private waiting: (() => void) | undefined;
  /** Compaction file events seen so far. */
  events = 0;

  constructor(boardDir: string) {
    // 'rename' is a file appearing or going; appends to the open log come as 'change'. Only a file appearing
    // (the next log, snapshot.tmp) means a compaction is starting; one going means it is finishing.
    this.watcher = watch(boardDir, (event, name) => {
      if (event !== 'rename' || !name || (name !== 'snapshot.tmp' && !name.startsWith('log.'))) return;
      if (!existsSync(join(boardDir, name))) return;
      this.events += 1;
      this.waiting?.();
    });
  }

  /** Resolves at the next compaction file event, or after `timeoutMs` (false then). */
  next(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (seen: boolean) => {
        clearTimeout(timer);
        this.waiting = undefined;
        resolve(seen);
      };
      this.waiting = () => finish(true);
    });
  }

  close(): void {
    this.watcher.close();
  }
}

/** True when the files show a compaction that had not finished: a snapshot.tmp, or logs it had not yet removed. */
export async function compactionWasUnderway(boardDir: string): Promise<boolean> {
  const listing = await listBoard(boardDir);
  return listing !== undefined && (listing.hasSnapshotTmp || listing.logGens.length > 1);
}
