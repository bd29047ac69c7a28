import type { FastifyBaseLogger } from 'fastify';

export interface SaveGuardOptions {
  boardId: string;
  log: FastifyBaseLogger;
  /** Writes the whole board again (a snapshot); rejects while the disk still fails. */
  saveEverything(): Promise<void>;
  /** Saving has just started failing: tell the people who asked to hear about saves. */
  onFailing(): void;
  /** Everything is on disk again. */
  onRecovered(): void;
  firstRetryMs?: number;
  maxRetryMs?: number;
}

/**
 * Whether everything a room holds is on disk. When an update cannot be written (a full, read-only or vanished
 * data directory), the room goes on serving from memory, says so, and keeps trying to write the whole board as
 * a snapshot — which also covers the updates whose own writes failed — until the disk takes it.
 */
export class SaveGuard {
  private failingNow = false;
  private timer: NodeJS.Timeout | undefined;
  private delay: number;
  private stopped = false;

  constructor(private readonly options: SaveGuardOptions) {
    this.delay = options.firstRetryMs ?? 1000;
  }

  get failing(): boolean {
    return this.failingNow;
  }

  failed(err: unknown): void {
    this.options.log.error({ err, boardId: this.options.boardId }, 'saving the board failed: it is kept in memory and retried');
    if (!this.failingNow) {
      this.failingNow = true;
      this.options.onFailing();
    }
    this.schedule();
  }

  /** Tries once now, for unloading: rejects if the board still cannot be saved. */
  async retryNow(): Promise<void> {
    if (!this.failingNow) return;
    await this.options.saveEverything();
    this.recovered();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.options.saveEverything().then(
        () => this.recovered(),
        (err: unknown) => {
          this.options.log.warn({ err, boardId: this.options.boardId }, 'the board still cannot be saved');
          this.delay = Math.min(this.delay * 2, this.options.maxRetryMs ?? 30_000);
          this.schedule();
        },
      );
    }, this.delay);
  }

  private recovered(): void {
    if (!this.failingNow) return;
    this.failingNow = false;
    this.delay = this.options.firstRetryMs ?? 1000;
    this.options.log.info({ boardId: this.options.boardId }, 'the board is saved again');
    this.options.onRecovered();
  }
}
