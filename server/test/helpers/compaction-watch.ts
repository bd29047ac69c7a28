import { spawn } from 'node:child_process';
import { listBoard } from '../../src/storage/layout.ts';

/**
 * Runs in its own small process so it reacts within a millisecond or so: the test process, busy with 20 writers,
 * would notice a compaction starting too late to kill the server in the middle of it. A compaction starts by
 * creating the next log or snapshot.tmp ('rename' events for files that now exist; appends come as 'change').
 */
const WATCHER = `
const { watch, existsSync } = require('node:fs');
const { join } = require('node:path');
const [dir, pid, timeoutMs] = process.argv.slice(1);
watch(dir, (event, name) => {
  if (event !== 'rename' || !name || (name !== 'snapshot.tmp' && !name.startsWith('log.'))) return;
  if (!existsSync(join(dir, name))) return;
  process.kill(Number(pid), 'SIGKILL');
  process.exit(0);
});
setTimeout(() => process.exit(2), Number(timeoutMs));
console.log('watching');
`;

export interface CompactionKiller {
  /** Resolves true once it has killed the server, false if no compaction started in time. */
  killed: Promise<boolean>;
}

/** Starts watching `boardDir`; the server `pid` is SIGKILLed the moment its next compaction starts. */
export async function killAtNextCompaction(boardDir: string, pid: number, timeoutMs: number): Promise<CompactionKiller> {
  const watcher = spawn(process.execPath, ['-e', WATCHER, boardDir, String(pid), String(timeoutMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const killed = new Promise<boolean>((resolve) => watcher.once('exit', (code) => resolve(code === 0)));
  await new Promise<void>((resolve, reject) => {
    watcher.stdout.once('data', () => resolve());
    watcher.once('exit', () => reject(new Error('the compaction watcher stopped before it started watching')));
  });
  return { killed };
}

/** True when the files show a compaction that had not finished: a snapshot.tmp, or logs it had not yet removed. */
export async function compactionWasUnderway(boardDir: string): Promise<boolean> {
  const listing = await listBoard(boardDir);
  return listing !== undefined && (listing.hasSnapshotTmp || listing.logGens.length > 1);
}
