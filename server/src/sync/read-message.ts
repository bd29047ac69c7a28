import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CloseCode, MAX_AWARENESS_STATE_BYTES, MessageType } from '@roundtable/shared';
import { readAwarenessEntries, type AwarenessEntry } from './awareness-filter.ts';

/** A message from a client, decoded and checked before it touches the room. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  /** `decoded` is the update as Y.decodeUpdate read it, for checks that need its structs. */
  | { kind: 'update'; update: Uint8Array; decoded: DecodedUpdate }
  | { kind: 'awareness'; entries: AwarenessEntry[] }
  | { kind: 'queryAwareness' };

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export class ProtocolError extends Error {
  constructor(
    readonly closeCode: number,
    message: string,
  ) {
    super(message);
  }
}

const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;

function decodeOrThrow<T>(what: string, read: () => T, code: number = CloseCode.malformedMessage): T {
  try {
    return read();
  } catch {
    throw new ProtocolError(code, `malformed ${what}`);
  }
}

function hasEmptyDeletion(ds: DecodedUpdate['ds']): boolean {
  for (const ranges of ds.clients.values()) if (ranges.some(({ len }) => len < 1)) return true;
  return false;
}

/** Decodes one websocket message; throws ProtocolError (carrying the close code) for anything else. */
export function readClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  const type = decodeOrThrow('message type', () => decoding.readVarUint(decoder));
  switch (type) {
    case MessageType.sync: {
      const step = decodeOrThrow('sync message', () => decoding.readVarUint(decoder));
      const payload = decodeOrThrow('sync message', () => decoding.readVarUint8Array(decoder));
      if (step === syncStep1) {
        decodeOrThrow('state vector', () => Y.decodeStateVector(payload));
        return { kind: 'syncStep1', stateVector: payload };
      }
      if (step === syncStep2 || step === syncUpdate) {
        // Decoding fully first means a malformed update is refused before any of it reaches the document.
        const decoded = decodeOrThrow('update', () => Y.decodeUpdate(payload), CloseCode.invalidUpdate);
        // Yjs decodes a deletion of length 0, but throws on it only after applying the rest of the update.
        if (hasEmptyDeletion(decoded.ds)) throw new ProtocolError(CloseCode.invalidUpdate, 'malformed update: an empty deletion');
        return { kind: 'update', update: payload, decoded };
      }
      throw new ProtocolError(CloseCode.unknownMessageType, `unknown sync step ${step}`);
    }
    case MessageType.awareness: {
      const update = decodeOrThrow('awareness message', () => decoding.readVarUint8Array(decoder));
      const entries = decodeOrThrow('awareness update', () => readAwarenessEntries(update));
      if (entries.some((entry) => Buffer.byteLength(entry.stateJson) > MAX_AWARENESS_STATE_BYTES)) {
        throw new ProtocolError(CloseCode.awarenessTooBig, `an awareness state over ${MAX_AWARENESS_STATE_BYTES} bytes`);
      }
      return { kind: 'awareness', entries };
    }
    case MessageType.queryAwareness:
      return { kind: 'queryAwareness' };
    default:
      throw new ProtocolError(CloseCode.unknownMessageType, `unknown message type ${type}`);
  }
}

