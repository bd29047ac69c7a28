import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Running totals kept by FileStorage; `stats()` returns a copy. */
export interface StorageStats {
  /** Updates accepted by `append`. */
  appends: number;
  /** fsync/fdatasync calls on log files, snapshots and directories. */
  fsyncs: number;
  /** Bytes written to log and snapshot files. */
  bytesWritten: number;
  /** Told how long each fsync took, in seconds (for the fsync latency histogram in /metrics). */
  observeFsync?(seconds: number): void;
}

async function timedSync(sync: () => Promise<void>, stats: StorageStats): Promise<void> {
  stats.fsyncs += 1;
  const started = performance.now();
  await sync();
  stats.observeFsync?.((performance.now() - started) / 1000);
}

/** Writes all of `data` at `position`, looping over short writes. */
export async function writeFully(handle: FileHandle, data: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await handle.write(data, done, data.length - done, position + done);
    if (bytesWritten === 0) throw new Error('write made no progress');
    done += bytesWritten;
  }
}

/** fdatasync: enough for appends, since it also flushes the file size the data needs. */
export async function syncData(handle: FileHandle, stats: StorageStats): Promise<void> {
  await timedSync(() => handle.datasync(), stats);
}

export async function syncFile(handle: FileHandle, stats: StorageStats): Promise<void> {
  await timedSync(() => handle.sync(), stats);
}

/** Makes creations, renames and deletions of entries in `dir` durable. */
export async function syncDir(dir: string, stats: StorageStats): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await timedSync(() => handle.sync(), stats);
  } finally {
    await handle.close();
  }
}

/** `mkdir -p` that also fsyncs the parent of every directory it created, so the new path survives a crash. */
export async function makeDirDurable(dir: string, stats: StorageStats): Promise<void> {
  const created = await mkdir(dir, { recursive: true });
  if (created === undefined) return;
  const first = resolve(created);
  for (let path = resolve(dir); path !== dirname(path); path = dirname(path)) {
    await syncDir(dirname(path), stats);
    if (path === first) return;
  }
}

export function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
