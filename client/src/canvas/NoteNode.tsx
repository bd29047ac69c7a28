import { memo, useCallback, type CSSProperties } from 'react';
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import { NOTE_MIN_SIZE, type NoteColor } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useStoreSelector } from '../lib/use-store.ts';
import type { NoteData, NoteNode } from './canvas-store.ts';
import { NOTE_PAPER } from './note-colors.ts';
import { NoteText } from './NoteText.tsx';
import { NoteToolbar } from './NoteToolbar.tsx';
import { useSoleSelection } from './sole-selection.ts';
import { CommentBadge } from '../comments/CommentBadge.tsx';
import { LockMark } from '../locks/LockMark.tsx';
import { useCanEditEntity } from '../locks/use-locks.ts';
import { PeerSelection, usePeersSelecting } from '../board/PeerSelection.tsx';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/**
 * React Flow's node component for a sticky note. React Flow re-renders it whenever the note moves (it passes
 * the place), so it hands on only what the note shows: a drag re-renders nothing inside the note.
 */
export const NoteNodeView = memo(function NoteNodeView({ id, data, selected }: NodeProps<NoteNode>) {
  return <NoteCard id={id} data={data} selected={selected} />;
});

/** A sticky note. Re-renders only when its data, selection, editing state, lock or remote selectors change. */
const NoteCard = memo(function NoteCard({ id, data, selected }: { id: string; data: NoteData; selected: boolean }) {
  const session = useBoardSession();
  const readOnly = !useCanEditEntity(session, id);
  const editing = useStoreSelector(session.editing, useCallback((editingId: string | null) => editingId === id, [id]));
  const selectors = usePeersSelecting(id);
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
      {selected && !readOnly && <SoleSelectionTools id={id} color={data.color} />}
      <PeerSelection entityId={id} />
      <CommentBadge entityId={id} />
      <LockMark entityId={id} />
      <NoteText id={id} text={data.text} editing={editing && !readOnly} />
      {/* Covers the note while an arrow is being drawn (`.canvas--connecting`), so it can land anywhere on it. */}
      <Handle type="target" position={Position.Top} className="note__target" isConnectableStart={false} />
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="note__handle" title="Drag to connect" />
      ))}
    </div>
  );
});

/** Resize handles and the toolbar, only while this note alone is selected (each subscribes to React Flow's store). */
function SoleSelectionTools({ id, color }: { id: string; color: NoteColor }) {
  const session = useBoardSession();
  if (useSoleSelection() !== id) return null;
  return (
    <>
      <NodeResizer
        minWidth={NOTE_MIN_SIZE.w}
        minHeight={NOTE_MIN_SIZE.h}
        color="#1f4e79"
        onResizeStart={() => session.undo.beginGesture()}
        onResizeEnd={() => {
          session.layout.flush();
          session.undo.endGesture();
        }}
      />
      <NoteToolbar id={id} color={color} />
    </>
  );
}
