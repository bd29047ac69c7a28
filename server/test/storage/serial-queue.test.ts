import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../src/storage/serial-queue.ts';
import { collectGarbage } from '../helpers/gc.ts';

describe('SerialQueue', () => {
  it('runs tasks one at a time in call order, and a failure does not stop the next', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const slow = queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
    });
    const failing = queue.run(async () => {
      order.push('failing');
      throw new Error('disk said no');
    });
    const after = queue.run(async () => order.push('after'));
    await slow;
    await expect(failing).rejects.toThrow('disk said no');
    await after;
    expect(order).toEqual(['slow', 'failing', 'after']);
  });

  it('keeps no finished task’s result in memory (a board’s whole stored content, when it loaded one)', async () => {
    const queue = new SerialQueue();
    let result: WeakRef<object> | undefined;
    await queue.run(async () => {
      const loaded = { updates: [new Uint8Array(1024)] };
      result = new WeakRef(loaded);
      return loaded;
    });
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(result!.deref()).toBeUndefined();
  });
});
