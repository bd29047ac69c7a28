import type { WebSocket } from 'ws';

/** Bytes queued for one socket (kernel and ws buffers) above which it counts as a slow reader. */
export const MAX_SEND_BUFFER_BYTES = 8 * 1024 * 1024;
/**
 * How long the queue may stay above MAX_SEND_BUFFER_BYTES: a client joining a large board briefly has the whole
 * board queued, which is not slowness.
 */
export const SLOW_READER_GRACE_MS = 1000;
/** Above this the reader is closed at once, whatever the grace. */
export const HARD_SEND_BUFFER_BYTES = 4 * MAX_SEND_BUFFER_BYTES;
/** The close frame waits behind the backlog this long; then the socket is destroyed and its buffers freed. */
export const SLOW_READER_CLOSE_WAIT_MS = 2000;

/**
 * Sends on one socket and watches how much is waiting to go out, so a client that stops reading is closed
 * (4503) instead of the server buffering for it without bound.
 */
export class SendGuard {
  private overSince: number | undefined;

  constructor(private readonly socket: WebSocket) {}

  /** Sends `message`; false when the reader has fallen too far behind and must be closed. */
  send(message: Uint8Array, now: number = performance.now()): boolean {
    this.socket.send(message);
    const queued = this.socket.bufferedAmount;
    if (queued <= MAX_SEND_BUFFER_BYTES) {
      this.overSince = undefined;
      return true;
    }
    this.overSince ??= now;
    return queued <= HARD_SEND_BUFFER_BYTES && now - this.overSince < SLOW_READER_GRACE_MS;
  }

  /** After closing a slow reader: its close frame cannot pass a backlog it does not read, so stop waiting. */
  destroySoon(): void {
    setTimeout(() => {
      if (this.socket.readyState !== this.socket.CLOSED) this.socket.terminate();
    }, SLOW_READER_CLOSE_WAIT_MS).unref();
  }
}
