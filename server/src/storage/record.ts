import { crc32 } from 'node:zlib';

/**
 * One record = [u32 LE payload length][u32 LE crc32 of the payload][payload]. Logs and snapshots are both made of
 * records, so a reader can tell a complete, intact record from a torn or damaged one.
 */
export const RECORD_HEADER_BYTES = 8;

/** Longer lengths are read as corruption: no Yjs update or whiteboard snapshot gets anywhere near this. */
export const MAX_PAYLOAD_BYTES = 256 * 1024 * 1024;

/**
 * Why decoding stopped: `end` = the buffer ended exactly after a record; `torn` = the last record is cut short
 * (an interrupted write); `corrupt` = a length that cannot be right (0 or over the maximum) or a crc mismatch.
 */
export type DecodeStop = 'end' | 'torn' | 'corrupt';

export interface DecodedRecords {
  /** Payloads of the valid records, as views into the decoded buffer (no copies). */
  records: Uint8Array[];
  /** Offset just past the last valid record: where appends may continue. */
  end: number;
  stop: DecodeStop;
}

/** Throws unless `payload` can be stored as a record. Empty payloads are refused because a run of zero bytes,
 * which a crash can leave at the end of a file, would otherwise decode as valid empty records. */
export function assertStorablePayload(payload: Uint8Array): void {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD_BYTES) {
    throw new RangeError(`record payload must be 1..${MAX_PAYLOAD_BYTES} bytes, got ${payload.length}`);
  }
}

/** Encodes `payloads` as consecutive records into one buffer, after `prefix` if given (e.g. a file header). */
export function encodeRecords(payloads: readonly Uint8Array[], prefix?: Uint8Array): Buffer {
  let size = prefix?.length ?? 0;
  for (const payload of payloads) {
    assertStorablePayload(payload);
    size += RECORD_HEADER_BYTES + payload.length;
  }
  const out = Buffer.allocUnsafe(size);
  let offset = 0;
  if (prefix) {
    out.set(prefix, 0);
    offset = prefix.length;
  }
  for (const payload of payloads) {
    out.writeUInt32LE(payload.length, offset);
    out.writeUInt32LE(crc32(payload), offset + 4);
    out.set(payload, offset + RECORD_HEADER_BYTES);
    offset += RECORD_HEADER_BYTES + payload.length;
  }
  return out;
}

export function encodeRecord(payload: Uint8Array): Buffer {
  return encodeRecords([payload]);
}

/** Decodes consecutive records from `start` until the buffer ends or a record is torn or corrupt. */
export function decodeRecords(buf: Uint8Array, start = 0): DecodedRecords {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const records: Uint8Array[] = [];
  let offset = start;
  for (;;) {
    const remaining = buf.length - offset;
    if (remaining === 0) return { records, end: offset, stop: 'end' };
    if (remaining < RECORD_HEADER_BYTES) return { records, end: offset, stop: 'torn' };
    const length = view.getUint32(offset, true);
    if (length === 0 || length > MAX_PAYLOAD_BYTES) return { records, end: offset, stop: 'corrupt' };
    if (RECORD_HEADER_BYTES + length > remaining) return { records, end: offset, stop: 'torn' };
    const payload = buf.subarray(offset + RECORD_HEADER_BYTES, offset + RECORD_HEADER_BYTES + length);
    if (crc32(payload) !== view.getUint32(offset + 4, true)) return { records, end: offset, stop: 'corrupt' };
    records.push(payload);
    offset += RECORD_HEADER_BYTES + length;
  }
}
