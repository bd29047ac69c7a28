import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { CloseCode } from '@roundtable/shared';

/** Why the server refused something: a close code's name, or one of the refusals that happen before a socket exists. */
export type RejectReason = keyof typeof CloseCode | 'droppedUpdate' | 'tooManyConnections' | 'connectingTooFast' | 'foreignOrigin';

const CLOSE_CODE_NAMES = new Map<number, keyof typeof CloseCode>(
  Object.entries(CloseCode).map(([name, code]) => [code, name as keyof typeof CloseCode]),
);

export interface MetricsSources {
  roomsLoaded(): number;
  connections(): number;
}

/**
 * What the server does, in Prometheus form for `GET /metrics` (see docs/performance.md). Each app has its own
 * registry, so several servers in one process (tests) never share counts.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly messagesIn = this.counter('roundtable_messages_received_total', 'Websocket messages received from clients');
  readonly bytesIn = this.counter('roundtable_bytes_received_total', 'Bytes of websocket messages received from clients');
  readonly messagesOut = this.counter('roundtable_messages_sent_total', 'Websocket messages sent to clients');
  readonly bytesOut = this.counter('roundtable_bytes_sent_total', 'Bytes of websocket messages sent to clients');
  readonly updatesIn = this.counter('roundtable_updates_received_total', 'Document updates applied from clients, including their sync step 2 answers');
  readonly updatesOut = this.counter('roundtable_updates_sent_total', 'Document updates relayed to clients (one per recipient)');
  private readonly rejected = new Counter({
    name: 'roundtable_rejected_total',
    help: 'Messages, connections and updates refused, by reason (a close code name, droppedUpdate, tooManyConnections, connectingTooFast, foreignOrigin)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly fsyncSeconds = new Histogram({
    name: 'roundtable_fsync_seconds',
    help: 'Time of each fsync of a board log, snapshot or directory',
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly boardLoadSeconds = new Histogram({
    name: 'roundtable_board_load_seconds',
    help: 'Time to load a board from disk into memory (read, replay, migrate)',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });

  constructor(sources: MetricsSources, { processMetrics = false } = {}) {
    new Gauge({ name: 'roundtable_rooms_loaded', help: 'Boards loaded in memory', registers: [this.registry], collect() { this.set(sources.roomsLoaded()); } });
    new Gauge({ name: 'roundtable_connections', help: 'Open board websockets', registers: [this.registry], collect() { this.set(sources.connections()); } });
    // Node's own figures (CPU, memory, event-loop delay) start timers of their own: the real server only.
    if (processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  reject(reason: RejectReason): void {
    this.rejected.inc({ reason });
  }

  /** Counts a close the server chose, under its code's name; normal closes (going away, resync) are not refusals. */
  closed(code: number): void {
    const name = CLOSE_CODE_NAMES.get(code);
    if (name && name !== 'goingAway' && name !== 'resync' && name !== 'boardDeleted') this.reject(name);
  }

  private counter(name: string, help: string): Counter {
    return new Counter({ name, help, registers: [this.registry] });
  }
}
