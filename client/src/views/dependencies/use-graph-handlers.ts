import { useMemo, useState } from 'react';
import type { Connection, EdgeChange, NodeChange, OnDelete } from '@xyflow/react';
import { createDependency, deleteLinks } from '@roundtable/shared';
import type { BoardSession, Selection } from '../../board/board-session.ts';
import { dropTextSelection } from '../../canvas/drop-text-selection.ts';
import type { LayoutWriter } from '../../canvas/layout-writer.ts';
import { recordMeasuredSizes, type Size } from './card-sizes.ts';
import type { DependencyEdge, GraphNode } from './graph-elements.ts';
import type { Point } from './layout-store.ts';
import { writePlaces } from './place-writes.ts';
import { toggled } from '../../lib/sets.ts';
import { canEditEntity, canEditLinkEnds } from '../../locks/locks-store.ts';

type Overrides = ReadonlyMap<string, Point>;
const NONE: Overrides = new Map();


/**
 * React Flow events → shared selection, mid-drag places (shown at once, kept locally) and document writes:
 * drags through the per-frame LayoutWriter, one undo step per drag.
 * `shown` is where every card is drawn now: a drag first stores those places for cards that have none, so the
 * rest of the automatic arrangement does not shift under people's eyes.
 */
export function useGraphHandlers(
  session: BoardSession,
  writer: LayoutWriter,
  shown: () => ReadonlyMap<string, Point>,
  stored: () => ReadonlyMap<string, Point>,
  sizes: Map<string, Size>,
) {
  const [overrides, setOverrides] = useState<Overrides>(NONE);
  const [notice, setNotice] = useState<string | null>(null);
  const handlers = useMemo(() => {
    const { doc, origin, undo } = session;
    const select = (update: (current: Selection) => Selection) => session.selection.set(update(session.selection.getSnapshot()));
    return {
      onNodesChange: (changes: NodeChange<GraphNode>[]) => {
        recordMeasuredSizes(sizes, changes);
        let nodes = session.selection.getSnapshot().nodes;
        const moved = new Map<string, Point | null>();
        for (const change of changes) {
          if (change.type === 'select') nodes = toggled(nodes, change.id, change.selected);
          else if (change.type === 'position' && change.position && canEditEntity(session, change.id)) {
            // Arrow keys move a card without a drag: it may still need a stored place to move.
            if (!stored().has(change.id)) writePlaces(doc, new Map([[change.id, change.position]]), origin);
            writer.queue(change.id, change.position);
            moved.set(change.id, change.dragging ? change.position : null);
          }
        }
        if (nodes !== session.selection.getSnapshot().nodes) select((current) => ({ ...current, nodes }));
        if (moved.size > 0) {
          setOverrides((current) => {
            const next = new Map(current);
            for (const [id, place] of moved) {
              if (place) next.set(id, place);
              else next.delete(id);
            }
            return next;
          });
        }
      },
      onEdgesChange: (changes: EdgeChange<DependencyEdge>[]) => {
        let edges = session.selection.getSnapshot().edges;
        for (const change of changes) if (change.type === 'select') edges = toggled(edges, change.id, change.selected);
        if (edges !== session.selection.getSnapshot().edges) select((current) => ({ ...current, edges }));
      },
      onNodeDragStart: () => {
        dropTextSelection();
        undo.beginGesture();
        const saved = stored();
        writePlaces(doc, new Map([...shown()].filter(([id]) => !saved.has(id))), origin);
      },
      onNodeDragStop: () => {
        writer.flush();
        undo.endGesture();
        setOverrides(NONE);
      },
      onConnect: (connection: Connection) => {
        if (!canEditLinkEnds(session, connection)) return;
        const result = createDependency(doc, connection.source, connection.target, {}, origin);
        setNotice(result.ok ? null : 'Those two are already joined by a dependency in that direction.');
      },
      onDelete: ((deleted) => {
        deleteLinks(doc, deleted.edges.filter((edge) => canEditLinkEnds(session, edge)).map((edge) => edge.id), origin);
      }) satisfies OnDelete<GraphNode, DependencyEdge>,
    };
  }, [session, writer, shown, stored, sizes]);
  return { handlers, overrides, notice, dismissNotice: () => setNotice(null) };
}
