import { BaseEdge, getStraightPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import type { ConnectorEdge } from './canvas-store.ts';
import { floatingEnds, type Rect } from './floating-geometry.ts';

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/** An arrow that runs border to border between two notes, whichever side faces the other. */
export function FloatingEdge({ id, source, target, markerEnd, selected }: EdgeProps<ConnectorEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const { from, to } = floatingEnds(rectOf(sourceNode), rectOf(targetNode));
  const [path] = getStraightPath({ sourceX: from.x, sourceY: from.y, targetX: to.x, targetY: to.y });
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      interactionWidth={24}
      className={selected ? 'connector connector--selected' : 'connector'}
    />
  );
}
