import type { Node } from '@xyflow/react';
import type { Locks } from '@roundtable/shared';

/**
 * React Flow nodes with the cards this person may not change made fixed: not draggable, deletable or
 * connectable. Unlocked nodes pass through as the same objects; without locks the array itself does.
 */
export function withLocks<N extends Node>(nodes: N[], locks: Locks): N[] {
  if (locks.size === 0) return nodes;
  return nodes.map((node) => (locks.has(node.id) ? { ...node, draggable: false, deletable: false, connectable: false } : node));
}
