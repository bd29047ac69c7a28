import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** A state vector as Yjs encodes one: varUint count, then (client, clock) pairs. */
export function encodeStateVector(clocks: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

/** `stateVector` without one client: a sync answer to it must carry all of that client's changes. */
export function withoutClient(stateVector: Uint8Array, client: number): Uint8Array {
  const clocks = Y.decodeStateVector(stateVector);
  clocks.delete(client);
  return encodeStateVector(clocks);
}
