import * as Y from 'yjs';

/**
 * Decides when a client that keeps no document has the whole board: every change of the state vector it expects
 * (what the room was seeded with) has arrived. Decoding a 300-card board costs the generator several ms, about
 * what the server spends encoding it, so a payload byte-identical to one already checked in the same room (every
 * client of a room is sent the same sync step 2) is accepted without decoding it again.
 */
export class RoomSyncCheck {
  private readonly verified: Uint8Array[] = [];

  constructor(readonly expected: Map<number, number>) {}

  static fromStateVector(stateVector: Uint8Array | undefined): RoomSyncCheck | undefined {
    return stateVector ? new RoomSyncCheck(Y.decodeStateVector(stateVector)) : undefined;
  }

  /** A per-connection tracker of what has arrived so far. */
  progress(): SyncProgress {
    return new SyncProgress(this);
  }

  isKnownComplete(payload: Uint8Array): boolean {
    return this.verified.some((known) => Buffer.from(known.buffer, known.byteOffset, known.byteLength).equals(payload));
  }

  remember(payload: Uint8Array): void {
    if (this.verified.length < 8) this.verified.push(payload.slice());
  }
}

export class SyncProgress {
  /** Per Yjs client: the clock up to which every change has arrived. */
  private readonly reached = new Map<number, number>();

  constructor(private readonly check: RoomSyncCheck) {}

  /** Takes a sync step 2 or update payload; true once everything expected has arrived. */
  add(payload: Uint8Array): boolean {
    if (this.check.isKnownComplete(payload)) return true;
    const { from, to } = Y.parseUpdateMeta(payload);
    for (const [client, end] of to) {
      const start = from.get(client) ?? 0;
      const have = this.reached.get(client) ?? 0;
      if (start <= have && end > have) this.reached.set(client, end);
    }
    if (!this.complete()) return false;
    if (this.coversAlone(from, to)) this.check.remember(payload);
    return true;
  }

  /** For a client that applies updates to its own document instead. */
  static docHas(doc: Y.Doc, expected: Map<number, number>): boolean {
    for (const [client, clock] of expected) if (Y.getState(doc.store, client) < clock) return false;
    return true;
  }

  private complete(): boolean {
    for (const [client, clock] of this.check.expected) if ((this.reached.get(client) ?? 0) < clock) return false;
    return true;
  }

  private coversAlone(from: Map<number, number>, to: Map<number, number>): boolean {
    for (const [client, clock] of this.check.expected) if ((from.get(client) ?? 0) > 0 || (to.get(client) ?? 0) < clock) return false;
    return true;
  }
}
