import type { FastifyBaseLogger } from 'fastify';
import type { Peer } from './peer.ts';

/**
 * Sends each asking peer a "saved" message once what it sent is fsynced. At most one flush wait per peer is in
 * flight; requests arriving meanwhile are folded into one more round, so a busy writer costs one ack per fsync.
 */
export class AckScheduler {
  private readonly inFlight = new Set<Peer>();
  private readonly wanted = new Map<Peer, () => Uint8Array>();

  constructor(
    private readonly flush: () => Promise<void>,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** `message` is built now (it describes the state at this moment) and sent when that state is durable. */
  request(peer: Peer, message: () => Uint8Array): void {
    if (this.inFlight.has(peer)) {
      this.wanted.set(peer, message);
      return;
    }
    this.inFlight.add(peer);
    const saved = message();
    this.flush()
      .then(() => peer.send(saved))
      .catch((err: unknown) => this.log.warn({ err, peer: peer.id }, 'not acknowledging: flush failed'))
      .finally(() => {
        this.inFlight.delete(peer);
        const next = this.wanted.get(peer);
        if (next) {
          this.wanted.delete(peer);
          this.request(peer, next);
        }
      });
  }
}
