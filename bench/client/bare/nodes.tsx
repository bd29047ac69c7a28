import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';

export type CardData = { kind: string; title: string; meta: string; color: string };

const NOTE_FILL: Record<string, string> = { yellow: '#fff4b8', pink: '#ffd9e4', blue: '#d6ebff', green: '#d9f2d9', orange: '#ffe2c2', purple: '#e8defa' };
const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/** A sticky note: a div with its text and the same five handles as Roundtable's note. */
export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<Node<CardData>>) {
  return (
    <div className={selected ? 'bare-note bare-note--selected' : 'bare-note'} style={{ background: NOTE_FILL[data.color] }}>
      <div className="bare-note__text">{data.title}</div>
      <Handle type="target" position={Position.Top} isConnectableStart={false} />
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="bare-handle" />
      ))}
    </div>
  );
});

/** A dependency-graph card: type, name and dates, with a handle on each side. */
export const CardNode = memo(function CardNode({ data, selected }: NodeProps<Node<CardData>>) {
  return (
    <div className={selected ? 'bare-card bare-card--selected' : 'bare-card'}>
      <Handle type="target" position={Position.Left} />
      <span className="bare-card__type">{data.kind}</span>
      <strong className="bare-card__name">{data.title}</strong>
      <span className="bare-card__meta">{data.meta}</span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
