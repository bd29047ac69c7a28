import { afterPaint } from './after-paint.ts';

/** Where the throttle asks for the next frame; tests pass a manual one. */
export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/**
 * Runs `run` at most once per animation frame (just after it is drawn), however often `schedule` is called in
 * between. `flush` runs it now if something is pending (e.g. on drag end), `cancel` drops the pending run.
 */
export class FrameThrottle {
  private handle: number | null = null;

  constructor(
    private readonly run: () => void,
    private readonly scheduler: FrameScheduler = afterPaint,
  ) {}

  get pending(): boolean {
    return this.handle !== null;
  }

  schedule(): void {
    if (this.handle !== null) return;
    this.handle = this.scheduler.request(() => {
      this.handle = null;
      this.run();
    });
  }

  flush(): void {
    if (this.handle === null) return;
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this.handle === null) return;
    this.scheduler.cancel(this.handle);
    this.handle = null;
  }
}
