import type { Node } from '@xyflow/react';
import type { Locks } from '@roundtable/shared';

// Keyed by the unlocked objects, so a locked node and a list of them keep their identity across renders while
// their inputs do: React Flow then skips them, as it does unchanged unlocked nodes.
const lockedCopies = new WeakMap<Node, Node>();
const lockedLists = new WeakMap<readonly Node[], { locks: Locks; result: Node[] }>();

/**
 * React Flow nodes with the cards this person may not change made fixed: not draggable, deletable or
 * connectable. Unlocked nodes pass through as the same objects; without locks the array itself does.
 */
export function withLocks<N extends Node>(nodes: N[], locks: Locks): N[] {
  if (locks.size === 0) return nodes;
  const known = lockedLists.get(nodes);
  if (known?.locks === locks) return known.result as N[];
  const result = nodes.map((node) => (locks.has(node.id) ? lockedCopy(node) : node));
  lockedLists.set(nodes, { locks, result });
  return result;
}

function lockedCopy<N extends Node>(node: N): N {
  let copy = lockedCopies.get(node);
  if (!copy) {
    copy = { ...node, draggable: false, deletable: false, connectable: false };
    lockedCopies.set(node, copy);
  }
  return copy as N;
}
