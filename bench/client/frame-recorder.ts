import type { BrowserContext, Page } from 'playwright-core';

/** What the page recorded between `start` and `stop`. */
export interface FrameRecord {
  /** requestAnimationFrame deltas, ms. */
  frames: number[];
  /** long-animation-frame entries (frames over 50 ms): duration and blocking duration, ms. */
  longFrames: { duration: number; blocking: number }[];
  /** Gesture wall time, ms. */
  elapsed: number;
}

interface Recorder {
  start(): void;
  stop(): FrameRecord;
}

/**
 * Installed in every page before its own scripts: a requestAnimationFrame loop and a long-animation-frame observer
 * that record only between `start()` and `stop()`, and stop by themselves after two minutes.
 */
function installRecorder(): void {
  const MAX_MS = 120_000;
  let frames: number[] = [];
  let longFrames: { duration: number; blocking: number }[] = [];
  let last = 0;
  let started = 0;
  let running = false;
  let observer: PerformanceObserver | undefined;
  const tick = (time: number) => {
    if (!running) return;
    if (last > 0) frames.push(time - last);
    last = time;
    if (time - started > MAX_MS) running = false;
    else requestAnimationFrame(tick);
  };
  const recorder: Recorder = {
    start() {
      frames = [];
      longFrames = [];
      last = 0;
      started = performance.now();
      running = true;
      requestAnimationFrame(tick);
      try {
        observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            longFrames.push({ duration: entry.duration, blocking: (entry as PerformanceEntry & { blockingDuration?: number }).blockingDuration ?? 0 });
          }
        });
        observer.observe({ type: 'long-animation-frame', buffered: false });
      } catch {
        observer = undefined;
      }
    },
    stop() {
      running = false;
      if (observer) {
        for (const entry of observer.takeRecords()) {
          longFrames.push({ duration: entry.duration, blocking: (entry as PerformanceEntry & { blockingDuration?: number }).blockingDuration ?? 0 });
        }
        observer.disconnect();
      }
      return { frames, longFrames, elapsed: performance.now() - started };
    },
  };
  (window as unknown as { __benchFrames: Recorder }).__benchFrames = recorder;
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps inner functions in `__name(…)`; functions sent to the
 * page need that helper there too.
 */
export async function addFrameRecorder(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installRecorder);
}

export function startFrames(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __benchFrames: Recorder }).__benchFrames.start());
}

/** Stops recording after the frame in flight has been painted. */
export async function stopFrames(page: Page): Promise<FrameRecord> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  return page.evaluate(() => (window as unknown as { __benchFrames: Recorder }).__benchFrames.stop());
}
