import { useCallback, useMemo, type Dispatch, type SetStateAction } from 'react';
import type { Connection, EdgeChange, NodeChange, OnDelete } from '@xyflow/react';
import type { BoardSession, Selection } from '../board/board-session.ts';
import { connectNotes, deleteSelection } from './canvas-actions.ts';
import { dropTextSelection } from './drop-text-selection.ts';
import type { ConnectorEdge, NoteNode } from './canvas-store.ts';
import type { PlaceOverride } from './local-overlay.ts';
import { toggled } from '../lib/sets.ts';
import { canEditEntity, canEditLinkEnds, editableIds } from '../locks/locks-store.ts';

type SetOverrides = Dispatch<SetStateAction<ReadonlyMap<string, PlaceOverride>>>;


/**
 * React Flow's change events, turned into: local selection, local mid-gesture places (shown at once), and
 * throttled document writes (one transaction per frame with just the moved fields, flushed when the gesture ends).
 */
export function useCanvasHandlers(session: BoardSession, setOverrides: SetOverrides) {
  const { doc, origin, layout, undo } = session;

  const setSelection = useCallback(
    (update: (current: Selection) => Selection) => session.selection.set(update(session.selection.getSnapshot())),
    [session],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<NoteNode>[]) => {
      const patches = new Map<string, PlaceOverride>();
      const ended = new Set<string>();
      let nodes = session.selection.getSnapshot().nodes;
      const patch = (id: string, values: PlaceOverride) => {
        patches.set(id, { ...patches.get(id), ...values });
        layout.queue(id, values);
      };
      for (const change of changes) {
        if (change.type === 'select') nodes = toggled(nodes, change.id, change.selected);
        else if (change.type === 'position' && change.position && canEditEntity(session, change.id)) {
          patch(change.id, { x: change.position.x, y: change.position.y });
          if (change.dragging === false) ended.add(change.id);
        } else if (change.type === 'dimensions' && change.resizing !== undefined && canEditEntity(session, change.id)) {
          if (change.dimensions) patch(change.id, { w: change.dimensions.width, h: change.dimensions.height });
          if (!change.resizing) ended.add(change.id);
        }
      }
      if (nodes !== session.selection.getSnapshot().nodes) setSelection((current) => ({ ...current, nodes }));
      if (ended.size > 0) layout.flush();
      if (patches.size === 0 && ended.size === 0) return;
      setOverrides((current) => {
        const next = new Map(current);
        for (const [id, values] of patches) next.set(id, { ...next.get(id), ...values });
        for (const id of ended) next.delete(id);
        return next;
      });
    },
    [session, layout, setOverrides, setSelection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ConnectorEdge>[]) => {
      let edges = session.selection.getSnapshot().edges;
      for (const change of changes) if (change.type === 'select') edges = toggled(edges, change.id, change.selected);
      if (edges !== session.selection.getSnapshot().edges) setSelection((current) => ({ ...current, edges }));
    },
    [session, setSelection],
  );

  return useMemo(
    () => ({
      onNodesChange,
      onEdgesChange,
      onConnect: (connection: Connection) => {
        if (canEditLinkEnds(session, connection)) connectNotes(doc, origin, connection.source, connection.target);
      },
      onDelete: ((deleted) => {
        const edges = deleted.edges.filter((edge) => canEditLinkEnds(session, edge));
        deleteSelection(doc, origin, editableIds(session, deleted.nodes.map((n) => n.id)), edges.map((e) => e.id));
      }) satisfies OnDelete<NoteNode, ConnectorEdge>,
      onGestureStart: () => {
        dropTextSelection();
        undo.beginGesture();
      },
      onGestureEnd: () => {
        layout.flush();
        undo.endGesture();
      },
    }),
    [session, doc, origin, layout, undo, onNodesChange, onEdgesChange],
  );
}
