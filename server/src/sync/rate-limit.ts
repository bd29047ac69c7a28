import { CloseCode } from '@roundtable/shared';
import { ProtocolError } from './read-message.ts';
import { TokenBucket } from './token-bucket.ts';

/**
 * Messages of any kind one connection may send at once, and per second. Unmodified y-websocket clients echo
 * every presence change they receive back to the server, so a client in a room of 60 where everyone moves
 * their cursor at 60 frames a second sends about 3,600 messages a second without doing anything itself.
 */
export const MESSAGE_BURST = 10_000;
export const MESSAGES_PER_SECOND = 5_000;
/**
 * Messages that make the room work, at once and per second: document updates, changes to the sender's own
 * presence, sync and presence requests. A client dragging cards sends one document update and one cursor update
 * per animation frame (plus a viewport update while it pans): under 450 a second even on a 144 Hz screen.
 */
export const WORK_BURST = 1000;
export const WORK_PER_SECOND = 500;

/** The budgets of one connection; over either, it is closed with 4429. */
export class MessageRateLimit {
  private readonly messages = new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND);
  private readonly work = new TokenBucket(WORK_BURST, WORK_PER_SECOND);

  /** Counts a message as it arrives, before it is decoded; false when over the budget. */
  takeMessage(): boolean {
    return this.messages.take();
  }

  /** Counts a decoded message that makes the room do something; throws ProtocolError (4429) when over. */
  chargeWork(): void {
    if (!this.work.take()) throw new ProtocolError(CloseCode.rateLimited, 'too many changes');
  }
}
