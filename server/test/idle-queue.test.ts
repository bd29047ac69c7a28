import { describe, expect, it } from 'vitest';
import { IdleQueue } from '../src/sync/idle-queue.ts';

/** Keeps the event loop busy: blocks `busyMs` of every `everyMs` until stopped. */
function keepBusy(busyMs: number, everyMs: number): () => void {
  const timer = setInterval(() => {
    const until = performance.now() + busyMs;
    while (performance.now() < until) {
      // blocking on purpose
    }
  }, everyMs);
  return () => clearInterval(timer);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('IdleQueue', () => {
  it('runs a job once the event loop is quiet and resolves with its result', async () => {
    const queue = new IdleQueue();
    expect(await queue.run('a', () => 42)).toBe(42);
    expect(queue.waiting).toBe(0);
  });

  it('holds jobs back while the loop is busy, then runs them oldest first once they have waited long enough', async () => {
    const queue = new IdleQueue({ maxWaitMs: 400 });
    const ran: string[] = [];
    const stop = keepBusy(18, 20);
    try {
      await sleep(50);
      const first = queue.run('first', () => ran.push('first'));
      await sleep(5);
      const second = queue.run('second', () => ran.push('second'));
      await sleep(200);
      expect(ran).toEqual([]);
      await Promise.all([first, second]);
      expect(ran).toEqual(['first', 'second']);
    } finally {
      stop();
    }
  });

  it('runs a hurried job at once, whatever the loop is doing', () => {
    const queue = new IdleQueue({ quietBelow: 0, maxWaitMs: 600_000 });
    let ran = false;
    void queue.run('a', () => (ran = true));
    queue.hurry('a');
    expect(ran).toBe(true);
    expect(queue.waiting).toBe(0);
  });

  it('passes on what a job throws', async () => {
    const queue = new IdleQueue();
    await expect(
      queue.run('a', () => {
        throw new Error('the stored board is damaged');
      }),
    ).rejects.toThrow('the stored board is damaged');
  });

  it('refuses a second job for a key that is already waiting, leaving the first to run', async () => {
    const queue = new IdleQueue({ quietBelow: 0, maxWaitMs: 600_000 });
    const first = queue.run('a', () => 'first');
    await expect(queue.run('a', () => 'second')).rejects.toThrow('already waiting');
    queue.hurryAll();
    expect(await first).toBe('first');
  });
});
