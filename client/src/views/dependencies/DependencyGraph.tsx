import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlow, type NodeTypes } from '@xyflow/react';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { withLocks } from '../../locks/locked-nodes.ts';
import { useLocksOnMe } from '../../locks/use-locks.ts';
import { boardFlowProps, FlowBackdrop } from '../../canvas/flow-defaults.tsx';
import { LayoutWriter } from '../../canvas/layout-writer.ts';
import { useFitOnLoad } from '../../canvas/use-fit-on-load.ts';
import { keepIfSameItems } from '../../lib/same-items.ts';
import { useStore } from '../../lib/use-store.ts';
import { placesWithFallback } from './auto-place.ts';
import type { Size } from './card-sizes.ts';
import { DependencyCard, LaneBand } from './DependencyCard.tsx';
import type { GraphAnalysis } from './graph-analysis.ts';
import { buildCards, buildEdges, dependencyArrows, laneNodes, type CardNode, type DependencyEdge, type GraphNode } from './graph-elements.ts';
import type { ViewPlacesStore } from './layout-store.ts';
import { DEPENDENCIES_VIEW } from './place-writes.ts';
import { swimlanePlaces, type SwimlaneMode } from './swimlanes.ts';
import { useGraphHandlers } from './use-graph-handlers.ts';

const nodeTypes: NodeTypes = { card: DependencyCard, lane: LaneBand };

interface Props {
  ids: readonly string[];
  analysis: GraphAnalysis;
  placesStore: ViewPlacesStore;
  swimlanes: SwimlaneMode;
}

/** The React Flow graph of scheduled cards and dependency arrows. */
export function DependencyGraph({ ids, analysis, placesStore, swimlanes }: Props) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const plan = useStore(session.plan);
  const locks = useLocksOnMe(session);
  const selection = useStore(session.selection);
  const stored = useStore(placesStore);
  const writer = useMemo(() => new LayoutWriter(session.doc, session.origin, undefined, DEPENDENCIES_VIEW), [session]);
  useEffect(() => () => writer.destroy(), [writer]);
  useFitOnLoad(session, ids.length);

  const arrows = useMemo(() => dependencyArrows(plan), [plan]);
  const base = useMemo(() => placesWithFallback(ids, arrows, stored), [ids, arrows, stored]);
  const baseRef = useRef(base);
  baseRef.current = base;
  const shown = useCallback(() => baseRef.current, []);
  const storedNow = useCallback(() => placesStore.getSnapshot(), [placesStore]);
  const [sizes] = useState(() => new Map<string, Size>());
  const { handlers, overrides, notice, dismissNotice } = useGraphHandlers(session, writer, shown, storedNow, sizes);

  const laid = useMemo(() => {
    const places = overrides.size === 0 ? base : new Map([...base, ...overrides]);
    return swimlanes === 'none' ? { places, lanes: [] } : swimlanePlaces(ids, places, plan, swimlanes);
  }, [base, overrides, swimlanes, ids, plan]);

  const cache = useRef<ReadonlyMap<string, CardNode>>(new Map());
  const lastNodes = useRef<GraphNode[]>(undefined);
  const nodes = useMemo(() => {
    const draggable = !readOnly && swimlanes === 'none';
    const cards = buildCards(ids, plan, laid.places, analysis, selection.nodes, draggable, cache.current, sizes);
    cache.current = cards;
    const next = [...laneNodes(laid.lanes, laid.places), ...withLocks([...cards.values()], locks)] as GraphNode[];
    lastNodes.current = keepIfSameItems(lastNodes.current, next);
    return lastNodes.current;
  }, [ids, plan, laid, analysis, selection.nodes, readOnly, swimlanes, locks, sizes]);
  const edges = useMemo(() => buildEdges(plan, analysis, selection.edges), [plan, analysis, selection.edges]);

  return (
    <div className="dep-graph" data-testid="dependency-graph">
      {notice && (
        <p className="dep-graph__notice" role="status">
          {notice} <button type="button" className="button button--small" onClick={dismissNotice}>OK</button>
        </p>
      )}
      <ReactFlow<GraphNode, DependencyEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onNodeDragStart={handlers.onNodeDragStart}
        onNodeDragStop={handlers.onNodeDragStop}
        onConnect={handlers.onConnect}
        onDelete={handlers.onDelete}
        {...boardFlowProps(readOnly)}
        connectionRadius={40}
        maxZoom={2}
        aria-label="Dependency graph"
      >
        <FlowBackdrop />
      </ReactFlow>
      {ids.length === 0 && (
        <p className="canvas__empty">Add a workstream, milestone or activity above, then drag from the dot on a card’s right onto another card: the second waits for the first.</p>
      )}
    </div>
  );
}
