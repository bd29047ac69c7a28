import { useCallback, useState } from 'react';
import {
  applyEdgeChanges, applyNodeChanges, Background, BackgroundVariant, Controls, MarkerType, MiniMap, ReactFlow,
  type Edge, type EdgeChange, type Node, type NodeChange,
} from '@xyflow/react';
import type { BareData, BareNode } from '../scenarios.ts';
import { CardNode, NoteNode, type CardData } from './nodes.tsx';

const nodeTypes = { note: NoteNode, card: CardNode };
const FIT = { padding: 0.2, maxZoom: 1 };
const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#4d5967' };

function toNode(view: BareData['view'], node: BareNode): Node<CardData> {
  const data = { kind: node.kind, title: node.title, meta: node.meta, color: node.color };
  return view === 'canvas'
    ? { id: node.id, type: 'note', position: { x: node.x, y: node.y }, width: 180, height: 120, data }
    : { id: node.id, type: 'card', position: { x: node.x, y: node.y }, data };
}

/** React Flow as its docs show it: nodes and edges in React state, changes applied with applyNodeChanges. */
export function BareFlow({ data }: { data: BareData }) {
  const [nodes, setNodes] = useState(() => data.nodes.map((node) => toNode(data.view, node)));
  const [edges, setEdges] = useState<Edge[]>(() => data.edges.map((edge) => ({ ...edge, markerEnd: MARKER })));
  const onNodesChange = useCallback((changes: NodeChange<Node<CardData>>[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((current) => applyEdgeChanges(changes, current)), []);
  return (
    <div className="bare-flow">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={FIT}
        minZoom={0.2}
        maxZoom={3}
        zoomOnDoubleClick={false}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.5} color="#c5cbd3" />
        <Controls position="bottom-left" />
        {data.view === 'canvas' && <MiniMap position="bottom-right" pannable zoomable />}
      </ReactFlow>
    </div>
  );
}
