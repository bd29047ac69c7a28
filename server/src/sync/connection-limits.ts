import type { FastifyReply, FastifyRequest } from 'fastify';
import { TokenBucket } from './token-bucket.ts';
import type { ServerMetrics } from '../metrics/server-metrics.ts';

export interface ConnectionLimitOptions {
  /** Open board websockets one remote address may hold. */
  maxPerAddress: number;
  /** New board websockets one address may open at once… */
  connectBurst: number;
  /** …and per second, sustained. */
  connectsPerSecond: number;
}

/**
 * Sized for a 60-person workshop behind one NAT address: a few tabs each, and everyone reconnecting at once
 * after a server restart or a Wi-Fi drop.
 */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimitOptions = { maxPerAddress: 200, connectBurst: 200, connectsPerSecond: 50 };

export type Admission = 'admitted' | 'tooMany' | 'tooFast';

interface AddressEntry {
  open: number;
  connects: TokenBucket;
}

/** Open connections and the connect budget of each remote address; addresses with nothing left are forgotten. */
export class ConnectionLimits {
  private readonly byAddress = new Map<string, AddressEntry>();
  private lastSweep = 0;

  constructor(private readonly options: ConnectionLimitOptions = DEFAULT_CONNECTION_LIMITS) {}

  /** Addresses currently remembered (for tests: it returns to 0 once every socket is gone and the budget refilled). */
  get addressCount(): number {
    return this.byAddress.size;
  }

  /** Counts a new connection from `address` as open if it is within the limits; `release` it when it closes. */
  admit(address: string, now: number = performance.now()): Admission {
    this.sweep(now);
    let entry = this.byAddress.get(address);
    if (!entry) {
      entry = { open: 0, connects: new TokenBucket(this.options.connectBurst, this.options.connectsPerSecond, now) };
      this.byAddress.set(address, entry);
    }
    if (entry.open >= this.options.maxPerAddress) return 'tooMany';
    if (!entry.connects.take(now)) return 'tooFast';
    entry.open += 1;
    return 'admitted';
  }

  release(address: string, now: number = performance.now()): void {
    const entry = this.byAddress.get(address);
    if (!entry) return;
    entry.open -= 1;
    if (entry.open <= 0 && entry.connects.isFull(now)) this.byAddress.delete(address);
  }

  /** At most once a second, forgets idle addresses whose budget has refilled. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    for (const [address, entry] of this.byAddress) if (entry.open <= 0 && entry.connects.isFull(now)) this.byAddress.delete(address);
  }
}

/**
 * An `onRequest` hook for the websocket route: refuses an upgrade over the limits with HTTP 429 before the
 * websocket exists, and releases an admitted one when its TCP socket closes.
 */
export function limitConnections(limits: ConnectionLimits, metrics: ServerMetrics) {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    if (!request.ws) return done();
    const address = request.ip;
    const admission = limits.admit(address);
    if (admission === 'admitted') {
      request.raw.socket.once('close', () => limits.release(address));
      return done();
    }
    metrics.reject(admission === 'tooMany' ? 'tooManyConnections' : 'connectingTooFast');
    const message = admission === 'tooMany' ? 'too many open connections from this address' : 'connecting too often from this address';
    request.log.debug({ address, admission }, 'websocket upgrade refused');
    void reply.code(429).header('retry-after', '1').send({ error: { code: 'too_many_connections', message } });
  };
}
