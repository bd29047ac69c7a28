import { readFile } from 'node:fs/promises';
import { CorruptFileError } from './errors.ts';
import { decodeRecords, type DecodeStop } from './record.ts';

/** First bytes of every log file; the records follow. */
export const LOG_MAGIC = Buffer.from('RTBLOG01', 'latin1');

export interface LogContents {
  updates: Uint8Array[];
  /** Length of the intact part: header plus whole valid records, or 0 if even the header is incomplete. */
  validEnd: number;
  /** Bytes actually in the file (may exceed the part that was read, see `readLog`). */
  fileSize: number;
  stop: DecodeStop;
}

/**
 * Reads a log's valid records. Only the first `limit` bytes are considered when given: a log that is being
 * appended to is read up to what is known durable, so an in-flight write is not mistaken for a torn tail.
 * A file shorter than the header that matches its start is a log whose creation was interrupted; a file with
 * a different header is not a log of ours and rejects.
 */
export async function readLog(path: string, limit?: number): Promise<LogContents> {
  const data = await readFile(path);
  const buf = limit === undefined ? data : data.subarray(0, limit);
  if (buf.length < LOG_MAGIC.length) {
    if (!LOG_MAGIC.subarray(0, buf.length).equals(buf)) throw new CorruptFileError(path, 'not a board log');
    return { updates: [], validEnd: 0, fileSize: data.length, stop: buf.length === 0 ? 'end' : 'torn' };
  }
  if (!LOG_MAGIC.equals(buf.subarray(0, LOG_MAGIC.length))) throw new CorruptFileError(path, 'not a board log');
  const { records, end, stop } = decodeRecords(buf, LOG_MAGIC.length);
  return { updates: records, validEnd: end, fileSize: data.length, stop };
}
