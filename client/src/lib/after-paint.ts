import type { FrameScheduler } from './frame-throttle.ts';

/**
 * Once per animation frame, in a task just after that frame is drawn rather than inside it. A write from a drag
 * (a Yjs transaction, the stores it notifies, the socket message) then never lengthens the frame that shows the
 * drag. The task is a posted message, as React's scheduler posts its renders: it queues behind a render of the
 * drag that React scheduled before the frame. Inside a requestAnimationFrame callback, or ahead of that render,
 * the stores' notifications (rendered synchronously by useSyncExternalStore) would pull the render in with them.
 */
export const afterPaint: FrameScheduler = (() => {
  let channel: MessageChannel | null = null;
  const due = new Map<number, () => void>();
  const queued: number[] = [];
  const post = () => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const frame = queued.shift();
        if (frame === undefined) return;
        const callback = due.get(frame);
        due.delete(frame);
        callback?.();
      };
    }
    channel.port2.postMessage(null);
  };
  return {
    request: (callback) => {
      const frame = requestAnimationFrame(() => {
        due.set(frame, callback);
        queued.push(frame);
        post();
      });
      return frame;
    },
    cancel: (handle) => {
      cancelAnimationFrame(handle);
      due.delete(handle);
    },
  };
})();
