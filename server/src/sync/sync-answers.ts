import * as Y from 'yjs';
import { syncStep2 } from './messages.ts';

/** Answers are dropped this long after they were made, so idle rooms hold no second copy of their board. */
const KEEP_MS = 2_000;
const MAX_ANSWERS = 16;

/**
 * Sync step 2 answers by the asker's state vector, until the document next changes. Clients that arrive together
 * (a reconnect storm after a restart, a room of newcomers at a workshop's start) ask with the same state vector,
 * so the board is encoded once for all of them rather than once per client. Every transaction on the document
 * drops them — also one that only held back an update with missing dependencies, which an answer would include.
 */
export class SyncAnswers {
  private readonly byStateVector = new Map<string, Uint8Array>();
  private expiry: NodeJS.Timeout | undefined;

  constructor(private readonly doc: Y.Doc) {
    doc.on('afterTransaction', this.clear);
  }

  answer(stateVector: Uint8Array): Uint8Array {
    const key = Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString('latin1');
    let message = this.byStateVector.get(key);
    if (!message) {
      message = syncStep2(this.doc, stateVector);
      this.remember(key, message);
    }
    return message;
  }

  /** Stops following the document (the room is going away). */
  destroy(): void {
    this.doc.off('afterTransaction', this.clear);
    this.clear();
  }

  private readonly clear = (): void => {
    this.byStateVector.clear();
    clearTimeout(this.expiry);
    this.expiry = undefined;
  };

  private remember(key: string, message: Uint8Array): void {
    if (this.byStateVector.size >= MAX_ANSWERS) this.byStateVector.clear();
    this.byStateVector.set(key, message);
    this.expiry ??= setTimeout(() => this.clear(), KEEP_MS).unref();
  }
}
