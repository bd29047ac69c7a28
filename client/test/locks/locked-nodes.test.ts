import { describe, expect, it } from 'vitest';
import type { Node } from '@xyflow/react';
import type { Locks } from '@roundtable/shared';
import { withLocks } from '../../src/locks/locked-nodes.ts';

const node = (id: string): Node => ({ id, position: { x: 0, y: 0 }, data: {} });
const LOCK = { by: 'Facilitator', at: '2026-01-05T09:00:00.000Z' };

describe('withLocks', () => {
  it('makes locked cards fixed and passes the others through', () => {
    const [a, b] = [node('a'), node('b')];
    const locks: Locks = new Map([['b', LOCK]]);
    const shown = withLocks([a, b], locks);
    expect(shown[0]).toBe(a);
    expect(shown[1]).toMatchObject({ id: 'b', draggable: false, deletable: false, connectable: false });
  });

  it('keeps the same locked objects and list while the nodes and locks stay the same', () => {
    const [a, b] = [node('a'), node('b')];
    const locks: Locks = new Map([['b', LOCK]]);
    const nodes = [a, b];
    const first = withLocks(nodes, locks);
    expect(withLocks(nodes, locks)).toBe(first);
    expect(withLocks([a, b], locks)[1]).toBe(first[1]);
  });
});
