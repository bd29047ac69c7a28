import { memo, useCallback, type CSSProperties } from 'react';
import { Handle, NodeResizer, Position, useConnection, type NodeProps } from '@xyflow/react';
import { NOTE_MIN_SIZE } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useStoreSelector } from '../lib/use-store.ts';
import type { NoteNode } from './canvas-store.ts';
import { NOTE_PAPER } from './note-colors.ts';
import { NoteText } from './NoteText.tsx';
import { NoteToolbar } from './NoteToolbar.tsx';
import { CommentBadge } from '../comments/CommentBadge.tsx';
import { LockMark } from '../locks/LockMark.tsx';
import { useCanEditEntity } from '../locks/use-locks.ts';
import { PeerSelection, usePeersSelecting } from '../board/PeerSelection.tsx';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;
const connectingSelector = (connection: { inProgress: boolean }) => connection.inProgress;

/** A sticky note. Re-renders only when its own node object, editing state or remote selectors change. */
export const NoteNodeView = memo(function NoteNodeView({ id, data, selected }: NodeProps<NoteNode>) {
  const session = useBoardSession();
  const readOnly = !useCanEditEntity(session, id);
  const editing = useStoreSelector(session.editing, useCallback((editingId: string | null) => editingId === id, [id]));
  const selectors = usePeersSelecting(id);
  const connecting = useConnection(connectingSelector);
  const paper = NOTE_PAPER[data.color];
  const style = {
    '--note-fill': paper.fill,
    '--note-edge': paper.edge,
    '--peer-color': selectors[0]?.color,
  } as CSSProperties;

  return (
    <div
      className={`note${selected ? ' note--selected' : ''}${selectors.length ? ' note--peer-selected' : ''}`}
      data-testid="note"
      data-note-id={id}
      data-color={data.color}
      style={style}
      onDoubleClick={() => !readOnly && session.editing.set(id)}
    >
      <NodeResizer
        isVisible={selected && !readOnly}
        minWidth={NOTE_MIN_SIZE.w}
        minHeight={NOTE_MIN_SIZE.h}
        color="#1f4e79"
        onResizeStart={() => session.undo.beginGesture()}
        onResizeEnd={() => {
          session.layout.flush();
          session.undo.endGesture();
        }}
      />
      {!readOnly && <NoteToolbar id={id} color={data.color} />}
      <PeerSelection entityId={id} />
      <CommentBadge entityId={id} />
      <LockMark entityId={id} />
      <NoteText id={id} text={data.text} editing={editing && !readOnly} />
      <Handle
        type="target"
        position={Position.Top}
        className={`note__target${connecting ? ' note__target--active' : ''}`}
        isConnectableStart={false}
      />
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="note__handle" title="Drag to connect" />
      ))}
    </div>
  );
});
