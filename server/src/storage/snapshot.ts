import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { CorruptFileError } from './errors.ts';
import { syncDir, syncFile, writeFully, type StorageStats } from './fs-util.ts';
import { SNAPSHOT_FILE, SNAPSHOT_TMP_FILE } from './layout.ts';
import { decodeRecords, encodeRecords } from './record.ts';

/** A snapshot file is this header plus one record whose payload is [u32 LE covered log generation][Yjs state]. */
const SNAPSHOT_MAGIC = Buffer.from('RTBSNAP1', 'latin1');
const GEN_BYTES = 4;

export interface Snapshot {
  /** Every log generation up to and including this one is folded into `state`. */
  coveredGen: number;
  state: Uint8Array;
}

export function encodeSnapshot({ coveredGen, state }: Snapshot): Buffer {
  if (state.length === 0) throw new RangeError('a snapshot state cannot be empty (Yjs encodes an empty doc as 2 bytes)');
  const payload = Buffer.allocUnsafe(GEN_BYTES + state.length);
  payload.writeUInt32LE(coveredGen, 0);
  payload.set(state, GEN_BYTES);
  return encodeRecords([payload], SNAPSHOT_MAGIC);
}

/** Decodes a whole snapshot file. Anything but exactly one intact record after the header is corruption. */
export function decodeSnapshot(buf: Uint8Array, path: string): Snapshot {
  if (buf.length < SNAPSHOT_MAGIC.length || !SNAPSHOT_MAGIC.equals(buf.subarray(0, SNAPSHOT_MAGIC.length))) {
    throw new CorruptFileError(path, 'not a board snapshot');
  }
  const { records, stop } = decodeRecords(buf, SNAPSHOT_MAGIC.length);
  const payload = records[0];
  if (stop !== 'end' || records.length !== 1 || payload === undefined || payload.length <= GEN_BYTES) {
    throw new CorruptFileError(path, `snapshot is damaged (${stop})`);
  }
  const coveredGen = new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(0, true);
  return { coveredGen, state: payload.subarray(GEN_BYTES) };
}

export async function readSnapshot(boardDir: string): Promise<Snapshot> {
  const path = join(boardDir, SNAPSHOT_FILE);
  return decodeSnapshot(await readFile(path), path);
}

/** Writes snapshot.tmp, fsyncs it, renames it over `snapshot` and fsyncs the directory. */
export async function writeSnapshot(boardDir: string, snapshot: Snapshot, stats: StorageStats): Promise<void> {
  const tmp = join(boardDir, SNAPSHOT_TMP_FILE);
  const data = encodeSnapshot(snapshot);
  const handle = await open(tmp, 'w');
  try {
    await writeFully(handle, data, 0);
    stats.bytesWritten += data.length;
    await syncFile(handle, stats);
  } finally {
    await handle.close();
  }
  await rename(tmp, join(boardDir, SNAPSHOT_FILE));
  await syncDir(boardDir, stats);
}
