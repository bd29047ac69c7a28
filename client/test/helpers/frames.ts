import type { FrameScheduler } from '../../src/lib/frame-throttle.ts';

/** Frames that only advance when the test says so. */
export function manualFrames() {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    request: (callback) => (callbacks.set(next, callback), next++),
    cancel: (handle) => void callbacks.delete(handle),
  };
  const frame = () => {
    const due = [...callbacks.values()];
    callbacks.clear();
    for (const callback of due) callback();
  };
  return { scheduler, frame, pending: () => callbacks.size };
}
