import type { LoadClient } from './load-client.ts';

interface WriterLog {
  /** Bench client id of the writer (its own echo is not a delivery). */
  clientId: number;
  /** The writer's Yjs clock after each update it sent, and when it sent it (performance.now()). */
  clocks: number[];
  times: number[];
  /** How many other clients of its room should receive each update. */
  receivers: number;
}

/**
 * Matches relayed updates to the sends they carry. Each update is named by its sender's Yjs client id and clock
 * range, which are part of the update's bytes, so a receiver that sees `to` (the clock after the update) for a
 * writer has received every send of that writer up to that clock, even when a server merges updates.
 * Sender and receivers live in this one process, so both times come from the same monotonic clock.
 */
export class LatencyTracker {
  private readonly writers = new Map<number, WriterLog>();
  /** Per receiver (bench client id), per writer (Yjs client id): how many of the writer's sends it has had. */
  private readonly reached = new Map<number, Map<number, number>>();
  private samples = new Float64Array(1 << 16);
  private sampleCount = 0;
  delivered = 0;

  addWriter(yjsClientId: number, clientId: number, receivers: number): void {
    this.writers.set(yjsClientId, { clientId, clocks: [], times: [], receivers });
  }

  sent(yjsClientId: number, clockAfter: number, at: number): void {
    const log = this.writers.get(yjsClientId);
    if (!log) return;
    log.clocks.push(clockAfter);
    log.times.push(at);
  }

  readonly receive = (receiver: LoadClient, to: Map<number, number>, at: number): void => {
    for (const [yjsClientId, clock] of to) {
      const log = this.writers.get(yjsClientId);
      if (!log || log.clientId === receiver.spec.id) continue;
      let mine = this.reached.get(receiver.spec.id);
      if (!mine) this.reached.set(receiver.spec.id, (mine = new Map()));
      let index = mine.get(yjsClientId) ?? 0;
      while (index < log.clocks.length && log.clocks[index]! <= clock) {
        this.record(at - log.times[index]!);
        index += 1;
      }
      mine.set(yjsClientId, index);
    }
  };

  get sentCount(): number {
    let sent = 0;
    for (const log of this.writers.values()) sent += log.clocks.length;
    return sent;
  }

  get expected(): number {
    let expected = 0;
    for (const log of this.writers.values()) expected += log.clocks.length * log.receivers;
    return expected;
  }

  /** Latency samples in ms, sorted ascending. */
  sortedSamples(): Float64Array {
    return this.samples.slice(0, this.sampleCount).sort();
  }

  private record(ms: number): void {
    if (this.sampleCount === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2);
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[this.sampleCount++] = ms;
    this.delivered += 1;
  }
}
