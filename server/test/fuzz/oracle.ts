import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CloseCode, type Role } from '@roundtable/shared';
import { changesFacilitatorMaps } from '../../src/sync/facilitator-maps.ts';

/** What the server must do with a message, worked out on a replica of the board before it is sent. */
export type Expected =
  | { close: number; why: string }
  /** A decodable update: kept open, and applied (or, if it refers to structs the board lacks, held back). */
  | { open: true };

export function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function framingBreaks(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    decoding.readVarUint8Array(decoder);
    return false;
  } catch {
    return true;
  }
}

/**
 * The outcome the server owes `message` from a connection with `role`, given `reference` (a replica of the
 * board). An update that decodes but fails while Yjs applies it would reach the document in part: that is
 * reported as `partial`, which the fuzz test counts as a server defect.
 */
export function expectedOutcome(reference: Y.Doc, message: Uint8Array, update: Uint8Array | undefined, role: Role): Expected | { partial: string } {
  if (!update) return framingBreaks(message) ? { close: CloseCode.malformedMessage, why: 'framing' } : { partial: 'a frame that decodes' };
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { close: CloseCode.invalidUpdate, why: 'does not decode' };
  }
  // Found by this fuzzer: Yjs decodes a deletion of length 0, then throws on it after applying the rest.
  if ([...decoded.ds.clients.values()].some((ranges) => ranges.some(({ len }) => len === 0))) {
    return { close: CloseCode.invalidUpdate, why: 'an empty deletion' };
  }
  const trial = copyOf(reference);
  try {
    if (role === 'editor' && changesFacilitatorMaps(trial, decoded)) return { close: CloseCode.forbidden, why: 'an editor writing meta or locks' };
    Y.applyUpdate(trial, update);
    return { open: true };
  } catch (err) {
    return { partial: `decodes, then throws while applied: ${String(err)}` };
  } finally {
    trial.destroy();
  }
}
