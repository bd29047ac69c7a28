import { useEffect, useMemo, useState, type MouseEvent, type PointerEvent } from 'react';
import { MiniMap, ReactFlow, useConnection, useReactFlow, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useStore } from '../lib/use-store.ts';
import { addNoteAt } from './canvas-actions.ts';
import type { ConnectorEdge, NoteNode } from './canvas-store.ts';
import { boardFlowProps, FlowBackdrop } from './flow-defaults.tsx';
import { FloatingEdge } from './FloatingEdge.tsx';
import { createEdgeOverlay, createNodeOverlay, type PlaceOverride } from './local-overlay.ts';
import { NOTE_PAPER } from './note-colors.ts';
import { NoteNodeView } from './NoteNode.tsx';
import { RemoteCursors } from './RemoteCursors.tsx';
import { CanvasCommentPins } from '../comments/CanvasCommentPins.tsx';
import { useStopFollowingOnMove, ViewportSync } from '../facilitation/ViewportSync.tsx';
import { useCanvasHandlers } from './use-canvas-handlers.ts';
import { withLocks } from '../locks/locked-nodes.ts';
import { useLocksOnMe } from '../locks/use-locks.ts';
import { useFitOnLoad } from './use-fit-on-load.ts';
import { SoleSelectionContext, soleSelectedId } from './sole-selection.ts';

const nodeTypes: NodeTypes = { note: NoteNodeView };
const edgeTypes: EdgeTypes = { floating: FloatingEdge };
const NO_OVERRIDES: ReadonlyMap<string, PlaceOverride> = new Map();
const miniMapColor = (node: { data: unknown }) => NOTE_PAPER[(node as NoteNode).data.color]?.edge ?? '#ccc';
const connectingSelector = (connection: { inProgress: boolean }) => connection.inProgress;

/** The free canvas: React Flow over the document's notes and connectors, plus everyone's cursors. */
export function CanvasView() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const snapshot = useStore(session.canvas);
  const selection = useStore(session.selection);
  const locks = useLocksOnMe(session);
  const [overrides, setOverrides] = useState(NO_OVERRIDES);
  const [nodeOverlay] = useState(createNodeOverlay);
  const [edgeOverlay] = useState(createEdgeOverlay);
  const nodes = useMemo(
    () => withLocks(nodeOverlay(snapshot.nodes, selection.nodes, overrides), locks),
    [nodeOverlay, snapshot.nodes, selection.nodes, overrides, locks],
  );
  const edges = useMemo(() => edgeOverlay(snapshot.edges, selection.edges), [edgeOverlay, snapshot.edges, selection.edges]);
  const soleSelected = useMemo(() => soleSelectedId(nodes), [nodes]);
  // Read once here rather than in every note: a per-note subscription runs on each viewport change.
  const connecting = useConnection(connectingSelector);
  const handlers = useCanvasHandlers(session, setOverrides);
  const { screenToFlowPosition } = useReactFlow();
  const stopFollowingOnMove = useStopFollowingOnMove();
  useFitOnLoad(session, snapshot.nodes.length);

  useEffect(() => () => session.presence.setCursor(null), [session]);

  const onPointerMove = (event: PointerEvent) => {
    session.presence.setCursor(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  const onDoubleClick = (event: MouseEvent) => {
    if (readOnly || !(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
    const center = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const id = addNoteAt(session.doc, session.origin, center, snapshot.nodes);
    session.selectOnly(id);
    session.editing.set(id);
  };

  return (
    <div
      className={`canvas${readOnly ? ' canvas--readonly' : ''}${connecting ? ' canvas--connecting' : ''}`}
      onPointerMove={onPointerMove}
      onPointerLeave={() => session.presence.setCursor(null)}
      onDoubleClick={onDoubleClick}
    >
      <SoleSelectionContext.Provider value={soleSelected}>
        <ReactFlow<NoteNode, ConnectorEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={handlers.onNodesChange}
          onEdgesChange={handlers.onEdgesChange}
          onConnect={handlers.onConnect}
          onDelete={handlers.onDelete}
          onNodeDragStart={handlers.onGestureStart}
          onNodeDragStop={handlers.onGestureEnd}
          onSelectionDragStart={handlers.onGestureStart}
          onSelectionDragStop={handlers.onGestureEnd}
          onMoveStart={stopFollowingOnMove}
          {...boardFlowProps(readOnly)}
          nodesDraggable={!readOnly}
          maxZoom={3}
          aria-label="Board canvas"
        >
          <FlowBackdrop />
          <MiniMap position="bottom-right" pannable zoomable nodeColor={miniMapColor} ariaLabel="Overview of the board" />
          <RemoteCursors />
          <CanvasCommentPins />
          <ViewportSync />
        </ReactFlow>
      </SoleSelectionContext.Provider>
      {snapshot.nodes.length === 0 && !readOnly && (
        <p className="canvas__empty">Double-click anywhere to add a sticky note, or use “Add note” above.</p>
      )}
    </div>
  );
}
