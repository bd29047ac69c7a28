import { useStore as useFlowStore, ViewportPortal } from '@xyflow/react';
import { useBoardSession } from '../board/board-context.ts';
import { speaksAsFacilitator } from '../facilitation/follow-store.ts';
import { LaserPointer } from '../facilitation/LaserPointer.tsx';
import { useFacilitation } from '../facilitation/use-facilitation.ts';
import { useStore } from '../lib/use-store.ts';
import { CANVAS_VIEW } from './canvas-store.ts';

const zoomSelector = (state: { transform: [number, number, number] }) => state.transform[2];

/**
 * Other people's pointers, placed in flow coordinates inside the viewport (so panning and zooming keep them
 * on the right spot) and counter-scaled so they stay the same size on screen. A facilitator's laser pointer
 * shows even when this person hides cursors.
 */
export function RemoteCursors() {
  const session = useBoardSession();
  const { peers } = useStore(session.presence);
  const hideCursors = useStore(useFacilitation().hideCursors);
  const zoom = useFlowStore(zoomSelector);
  return (
    <ViewportPortal>
      {peers.map((peer) => {
        // A cursor is in the coordinates of its owner's view; people without a view are on the canvas.
        if (peer.isSelf || !peer.cursor || (peer.view ?? CANVAS_VIEW) !== CANVAS_VIEW) return null;
        if (peer.laser && speaksAsFacilitator(peer)) return <LaserPointer key={peer.clientId} peer={peer} cursor={peer.cursor} zoom={zoom} />;
        if (hideCursors) return null;
        return (
          <div
            key={peer.clientId}
            className="remote-cursor"
            data-testid="remote-cursor"
            style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})`, color: peer.color }}
          >
            <svg width="18" height="22" viewBox="0 0 18 22" aria-hidden="true">
              <path d="M1 1 L1 18 L5.5 13.5 L9 21 L12 19.7 L8.6 12.4 L15 12.4 Z" fill="currentColor" stroke="#fff" strokeWidth="1.5" />
            </svg>
            <span className="remote-cursor__name" style={{ background: peer.color }}>
              {peer.name}
            </span>
          </div>
        );
      })}
    </ViewportPortal>
  );
}
