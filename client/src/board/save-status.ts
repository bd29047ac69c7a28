import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

export type SaveState = 'saving' | 'saved' | 'offline' | 'not-saved';

/** The exact words people see. */
export const SAVE_STATUS_TEXT: Record<SaveState, string> = {
  saving: 'Saving…',
  saved: 'All changes saved',
  offline: 'Offline — changes kept on this device',
  'not-saved': 'Not saved — the server cannot write to its disk; changes kept on this device',
};

/**
 * Whether this client's own edits are safely on the server's disk.
 *
 * Our edits are exactly the structs with our clientID, so "everything saved" means: our clock in the document's
 * state vector is not ahead of our clock in the last state vector the server acknowledged as fsynced
 * (the `saved` message). While the websocket is down we say offline — the edits are in IndexedDB meanwhile.
 */
export class SaveStatus implements ReadableStore<SaveState> {
  private readonly listeners = new Listeners();
  private readonly saved = new Map<number, number>();
  private connected = false;
  /** The server said it could not write the board; cleared by its next `saved`. */
  private serverFailing = false;
  private state: SaveState;

  constructor(private readonly doc: Y.Doc) {
    this.state = this.compute();
    doc.on('update', this.refresh);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): SaveState => this.state;

  setConnected(connected: boolean): void {
    this.connected = connected;
    this.refresh();
  }

  /** Records a `notSaved` message: the server keeps the board in memory and retries writing it. */
  notSaved(): void {
    this.serverFailing = true;
    this.refresh();
  }

  /** Records a `saved` acknowledgement: an encoded state vector (as from `Y.encodeStateVector`). */
  acknowledge(encodedStateVector: Uint8Array): void {
    this.serverFailing = false;
    for (const [client, clock] of Y.decodeStateVector(encodedStateVector)) {
      if (clock > (this.saved.get(client) ?? 0)) this.saved.set(client, clock);
    }
    this.refresh();
  }

  /** True while some of this client's edits are not acknowledged as saved (whether or not we are online). */
  get hasUnsavedChanges(): boolean {
    const clientId = this.doc.clientID;
    const local = Y.decodeStateVector(Y.encodeStateVector(this.doc)).get(clientId) ?? 0;
    return local > (this.saved.get(clientId) ?? 0);
  }

  destroy(): void {
    this.doc.off('update', this.refresh);
  }

  private compute(): SaveState {
    if (!this.connected) return 'offline';
    if (!this.hasUnsavedChanges) return 'saved';
    return this.serverFailing ? 'not-saved' : 'saving';
  }

  private refresh = (): void => {
    const next = this.compute();
    if (next === this.state) return;
    this.state = next;
    this.listeners.notify();
  };
}

/** The payload of a `saved` (100) message, after its type: `writeVarUint8Array(stateVector)`. */
export function readSavedStateVector(decoder: decoding.Decoder): Uint8Array {
  return decoding.readVarUint8Array(decoder);
}
