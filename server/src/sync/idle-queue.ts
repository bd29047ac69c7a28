import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/** How often a queue with jobs waiting looks at how busy the event loop has been. */
const TICK_MS = 20;
/**
 * The next look after a quiet tick that left work: soon, but not with setImmediate, since the loop then never
 * waits for I/O and would count as busy.
 */
const QUIET_TICK_MS = 5;
/** The loop counts as quiet when it was busy less than this share of the time since the queue last ran jobs. */
const QUIET_BELOW = 0.5;
/** After this long a job runs even while the loop stays busy (still within the budget below). */
const MAX_WAIT_MS = 1000;
/** Queued work done per tick: a queue of many jobs never holds the loop for long itself. */
const BUDGET_PER_TICK_MS = 15;

export interface IdleQueueOptions {
  /** Default 1 s. */
  maxWaitMs?: number;
  /** Share of busy time (0–1) below which the loop is quiet; default 0.5. Tests pass 0 for "never quiet". */
  quietBelow?: number;
}

interface Job {
  since: number;
  run(): void;
}

/**
 * Work that can wait for a quiet moment, one job per key: building a board's document once its newcomers have
 * been answered from storage. In a reconnect storm every client of every board arrives at once; building 100
 * boards' documents then (several ms each, and their garbage) holds back the answers to, and the accepting of, the
 * connections still arriving. A job runs when the event loop was mostly idle over the last tick, once it has
 * waited MAX_WAIT_MS, or at once when something needs it (`hurry`). Oldest first.
 */
export class IdleQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly maxWaitMs: number;
  private readonly quietBelow: number;
  private timer: NodeJS.Timeout | undefined;
  /** The event loop's utilization when the queue last looked, taken after its own jobs so they do not count. */
  private last: EventLoopUtilization | undefined;

  constructor(options: IdleQueueOptions = {}) {
    this.maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
    this.quietBelow = options.quietBelow ?? QUIET_BELOW;
  }

  get waiting(): number {
    return this.jobs.size;
  }

  /** Runs `work` for `key` at a quiet moment and resolves with what it returns (or rejects with what it throws). */
  run<T>(key: string, work: () => T): Promise<T> {
    if (this.jobs.has(key)) return Promise.reject(new Error(`a job for ${key} is already waiting`));
    return new Promise<T>((resolve, reject) => {
      const run = (): void => {
        try {
          resolve(work());
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      };
      this.jobs.set(key, { since: performance.now(), run });
      this.schedule();
    });
  }

  /** Runs the job waiting for `key` now, if there is one. */
  hurry(key: string): void {
    const job = this.jobs.get(key);
    if (!job) return;
    this.jobs.delete(key);
    job.run();
  }

  /** Runs every waiting job now (the server is stopping). */
  hurryAll(): void {
    for (const key of [...this.jobs.keys()]) this.hurry(key);
  }

  /** `soon`: the loop was quiet and work is left. */
  private schedule(soon = false): void {
    if (this.timer || this.jobs.size === 0) return;
    this.last ??= performance.eventLoopUtilization();
    this.timer = setTimeout(this.tick, soon ? QUIET_TICK_MS : TICK_MS);
  }

  private readonly tick = (): void => {
    this.timer = undefined;
    const quiet = performance.eventLoopUtilization(performance.eventLoopUtilization(), this.last).utilization < this.quietBelow;
    const started = performance.now();
    let ran = 0;
    for (const [key, job] of this.jobs) {
      if (ran > 0 && performance.now() - started >= BUDGET_PER_TICK_MS) break;
      if (!quiet && started - job.since < this.maxWaitMs) break;
      this.jobs.delete(key);
      job.run();
      ran += 1;
    }
    this.last = this.jobs.size > 0 ? performance.eventLoopUtilization() : undefined;
    this.schedule(quiet && ran > 0);
  };
}
