import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../src/lib/after-paint.ts';

/** Animation frames that run when the test says so. */
function stubFrames() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => (callbacks.set(next, callback), next++));
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => void callbacks.delete(handle));
  return () => {
    const due = [...callbacks.values()];
    callbacks.clear();
    for (const callback of due) callback(0);
  };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('afterPaint (runs once the frame is drawn, in a task of its own)', () => {
  let frame: () => void;
  beforeEach(() => {
    frame = stubFrames();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('runs after the animation frame, not inside it, in the order asked', async () => {
    const ran: string[] = [];
    afterPaint.request(() => ran.push('first'));
    afterPaint.request(() => ran.push('second'));
    await nextTask();
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual([]);
    await nextTask();
    expect(ran).toEqual(['first', 'second']);
  });

  it('drops a cancelled run, before or after its frame', async () => {
    const ran: string[] = [];
    const early = afterPaint.request(() => ran.push('early'));
    const late = afterPaint.request(() => ran.push('late'));
    afterPaint.request(() => ran.push('kept'));
    afterPaint.cancel(early);
    frame();
    afterPaint.cancel(late);
    await nextTask();
    expect(ran).toEqual(['kept']);
  });
});
