import { useEffect, useState } from 'react';
import type { Peer, Point } from '../board/presence.ts';
import { prefersReducedMotion } from '../lib/reduced-motion.ts';

const TRAIL_LENGTH = 10;

interface TrailPoint extends Point {
  key: number;
}

/**
 * A facilitator's pointer as everyone sees it on the canvas: a bright dot labelled with their name and a short
 * trail of recent positions that fade out (no trail for people who asked for less motion). Placed in flow
 * coordinates inside React Flow's viewport and counter-scaled, like the cursors.
 */
export function LaserPointer({ peer, cursor, zoom }: { peer: Peer; cursor: Point; zoom: number }) {
  const [reduced] = useState(prefersReducedMotion);
  const [trail, setTrail] = useState<readonly TrailPoint[]>([]);

  useEffect(() => {
    if (reduced) return;
    setTrail((points) => [...points.slice(1 - TRAIL_LENGTH), { x: cursor.x, y: cursor.y, key: (points.at(-1)?.key ?? 0) + 1 }]);
  }, [reduced, cursor.x, cursor.y]);

  const place = (point: Point) => ({ transform: `translate(${point.x}px, ${point.y}px) scale(${1 / zoom})` });
  return (
    <>
      {trail.slice(0, -1).map((point) => (
        <div key={point.key} className="laser__trail" style={place(point)} aria-hidden="true" />
      ))}
      <div className="laser" data-testid="laser-pointer" style={place(cursor)}>
        <span className="laser__dot" aria-hidden="true" />
        <span className="laser__name">{peer.name} (pointer)</span>
      </div>
    </>
  );
}
