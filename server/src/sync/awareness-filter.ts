import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as sent (JSON text); "null" removes the client. */
  stateJson: string;
  /** The same state parsed, so nothing parses it twice. */
  state: unknown;
}

/** Decodes an awareness update fully; throws on anything malformed, including a state that is not JSON. */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const stateJson = decoding.readVarString(decoder);
    entries.push({ clientId, clock, stateJson, state: JSON.parse(stateJson) as unknown });
  }
  return entries;
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.stateJson);
  }
  return encoding.toUint8Array(encoder);
}

export type AwarenessVerdict = { ownId: number | undefined; keep: AwarenessEntry[] } | { forbidden: string };

export interface AwarenessContext {
  /** The server's clock for a client id, if it has seen one. */
  knownClock(clientId: number): number | undefined;
  /** Whether another open connection speaks for this client id. */
  heldByAnother(clientId: number): boolean;
}

/**
 * What of an awareness update a connection may apply. A connection speaks for one client id: the first one it
 * announces that no other open connection holds (a reconnecting client takes its old id back). Unmodified
 * y-websocket clients also echo everyone else's states back and remove peers that timed out; those entries
 * change nothing and are dropped. Changing a state another connection holds, or announcing a second identity,
 * is forbidden.
 */
export function judgeAwareness(entries: readonly AwarenessEntry[], ownId: number | undefined, ctx: AwarenessContext): AwarenessVerdict {
  const keep: AwarenessEntry[] = [];
  for (const entry of entries) {
    const known = ctx.knownClock(entry.clientId);
    const isEcho = known !== undefined && entry.clock <= known;
    if (entry.clientId === ownId) keep.push(entry);
    else if (isEcho || entry.stateJson === 'null') continue;
    else if (ownId === undefined && !ctx.heldByAnother(entry.clientId)) {
      ownId = entry.clientId;
      keep.push(entry);
    } else return { forbidden: `awareness for client ${entry.clientId}, which is not this connection’s` };
  }
  return { ownId, keep };
}

/**
 * Sets `field` to the connection's role in every state it announces, overriding whatever the client wrote, so
 * other clients can trust who is a facilitator (e.g. before following a "bring everyone to me").
 */
export function stampRole(entries: readonly AwarenessEntry[], field: string, role: string): AwarenessEntry[] {
  return entries.map((entry) => {
    const { state } = entry;
    if (state === null || typeof state !== 'object' || Array.isArray(state)) return entry;
    const stamped = { ...state, [field]: role };
    return { ...entry, state: stamped, stateJson: JSON.stringify(stamped) };
  });
}
