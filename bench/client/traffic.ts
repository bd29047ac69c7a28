import * as decoding from 'lib0/decoding';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';

/**
 * One y-websocket document update the page sent: its size and how many values it writes (Yjs items; a drag
 * writes two per moved card, x and y).
 */
export interface SentUpdate {
  bytes: number;
  values: number;
}

export interface Traffic {
  updates: SentUpdate[];
  awareness: number;
  other: number;
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_UPDATE = 2;

/**
 * Listens to every websocket frame the page sends and keeps, while `recording`, the y-websocket sync updates
 * (first varUint 0, second 2); awareness (1) and anything else are only counted.
 */
export class TrafficTap {
  private recording = false;
  private traffic: Traffic = { updates: [], awareness: 0, other: 0 };

  constructor(page: Page) {
    page.on('websocket', (socket) => {
      socket.on('framesent', ({ payload }) => {
        if (this.recording) this.take(typeof payload === 'string' ? Buffer.from(payload) : payload);
      });
    });
  }

  start(): void {
    this.traffic = { updates: [], awareness: 0, other: 0 };
    this.recording = true;
  }

  stop(): Traffic {
    this.recording = false;
    return this.traffic;
  }

  private take(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) this.traffic.awareness += 1;
    else if (type === MESSAGE_SYNC && decoding.readVarUint(decoder) === SYNC_UPDATE) {
      this.traffic.updates.push({ bytes: bytes.length, values: valuesIn(decoding.readVarUint8Array(decoder)) });
    } else this.traffic.other += 1;
  }
}

/** New items in the update (deletions of the values they replace travel in its delete set and are not counted). */
function valuesIn(update: Uint8Array): number {
  return Y.decodeUpdate(update).structs.filter((struct) => struct instanceof Y.Item).length;
}
