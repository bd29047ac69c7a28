import { useCallback, useEffect } from 'react';
import { useReactFlow, useStore as useFlowStore, useStoreApi } from '@xyflow/react';
import { useBoardSession } from '../board/board-context.ts';
import type { PresenceSnapshot, Viewport } from '../board/presence.ts';
import { CANVAS_VIEW } from '../canvas/canvas-store.ts';
import { useStore, useStoreSelector } from '../lib/use-store.ts';
import { useFacilitation } from './use-facilitation.ts';

type FlowState = { transform: [number, number, number]; width: number; height: number; minZoom: number; maxZoom: number };
const selectTransform = (s: FlowState) => s.transform;
const selectWidth = (s: FlowState) => s.width;
const selectHeight = (s: FlowState) => s.height;
const selectMinZoom = (s: FlowState) => s.minZoom;
const selectMaxZoom = (s: FlowState) => s.maxZoom;

/**
 * Inside React Flow: publishes where this screen looks (the flow point at its centre, and the zoom) and, while
 * following someone on the canvas, keeps this screen centred where theirs is. Centres rather than corners are
 * shared so a phone and a wide screen show the same middle.
 */
export function ViewportSync() {
  const session = useBoardSession();
  const { follow } = useFacilitation();
  const { leader } = useStore(follow);
  const leaderId = leader?.clientId ?? null;
  // Only the leader's canvas viewport, not every presence change: other people's cursors re-render nothing here.
  const wanted = useStoreSelector(
    session.presence,
    useCallback(({ peers }: PresenceSnapshot) => {
      const peer = leaderId === null ? undefined : peers.find((p) => p.clientId === leaderId);
      return peer?.view === CANVAS_VIEW ? peer.viewport : null;
    }, [leaderId]),
  );
  const flow = useStoreApi();
  const transform = useFlowStore(selectTransform);
  const here = centreOf(transform, useFlowStore(selectWidth), useFlowStore(selectHeight));
  const minZoom = useFlowStore(selectMinZoom);
  const maxZoom = useFlowStore(selectMaxZoom);
  const { setCenter } = useReactFlow();

  useEffect(() => {
    session.presence.setViewport({ x: here.x, y: here.y, zoom: here.zoom });
  }, [session, here.x, here.y, here.zoom]);
  useEffect(() => () => session.presence.setViewport(null), [session]);

  useEffect(() => {
    if (!wanted) return;
    const zoom = Math.min(maxZoom, Math.max(minZoom, wanted.zoom));
    // Re-applied whenever this screen drifts (a resize, the fit on load); a move of the person's own stops following first.
    if (!sameViewport(here, { ...wanted, zoom })) void setCenter(wanted.x, wanted.y, { zoom, duration: 0 });
  });

  // Zoom buttons and the overview map move the view in code, with no gesture React Flow reports: catch the press.
  useEffect(() => {
    const root = flow.getState().domNode;
    if (!root) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest('.react-flow__controls, .react-flow__minimap')) follow.stop();
    };
    root.addEventListener('pointerdown', onPointerDown, true);
    return () => root.removeEventListener('pointerdown', onPointerDown, true);
  }, [flow, follow]);

  return null;
}

/** For React Flow's `onMoveStart`: a pan or zoom by this person (it carries an event; code-driven moves do not). */
export function useStopFollowingOnMove(): (event: MouseEvent | TouchEvent | null) => void {
  const { follow } = useFacilitation();
  return useCallback((event) => {
    if (event) follow.stop();
  }, [follow]);
}

function centreOf([x, y, zoom]: [number, number, number], width: number, height: number): Viewport {
  return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom, zoom };
}

const sameViewport = (a: Viewport, b: Viewport) =>
  Math.abs(a.zoom - b.zoom) < 1e-3 && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
