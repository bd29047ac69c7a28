import type { Socket } from 'node:net';
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
 *
 * Messages sent in one turn of the event loop leave in one write: the TCP socket is corked at the first and
 * uncorked once the turn's I/O callbacks have run (setImmediate). In a busy room many updates are relayed per
 * turn, and one writev per recipient per turn instead of per update is most of the server's work saved.
 */
export class SendGuard {
  private overSince: number | undefined;
  private corked = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly tcp: Socket,
  ) {}

  /** Sends `message`; false when the reader has fallen too far behind and must be closed. */
  send(message: Uint8Array, now: number = performance.now()): boolean {
    if (!this.corked) {
      this.corked = true;
      this.tcp.cork();
      setImmediate(this.uncork);
    }
    this.socket.send(message);
    const queued = this.socket.bufferedAmount;
    if (queued <= MAX_SEND_BUFFER_BYTES) {
      this.overSince = undefined;
      return true;
    }
    this.overSince ??= now;
    return queued <= HARD_SEND_BUFFER_BYTES && now - this.overSince < SLOW_READER_GRACE_MS;
  }

  private readonly uncork = (): void => {
    this.corked = false;
    this.tcp.uncork();
  };

  /** After closing a slow reader: its close frame cannot pass a backlog it does not read, so stop waiting. */
  destroySoon(): void {
    setTimeout(() => {
      if (this.socket.readyState !== this.socket.CLOSED) this.socket.terminate();
    }, SLOW_READER_CLOSE_WAIT_MS).unref();
  }
}
