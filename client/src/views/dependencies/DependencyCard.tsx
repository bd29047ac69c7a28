import { memo, type CSSProperties } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { entityName, ENTITY_DEFINITIONS, type Entity } from '@roundtable/shared';
import type { CardData, CardNode, LaneNode } from './graph-elements.ts';
import { PeerSelection, peerOutline, usePeersSelecting } from '../../board/PeerSelection.tsx';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import { LockMark } from '../../locks/LockMark.tsx';
import { PLANNING_SHADES } from './planning-colors.ts';

function when(entity: Entity): string {
  if (entity.type === 'milestone') return entity.due ? `Due ${entity.due}` : 'No due date';
  if (entity.type === 'activity') return entity.start && entity.end ? `${entity.start} to ${entity.end}` : 'Not yet dated';
  return entity.type === 'workstream' && entity.owner ? `Owner: ${entity.owner}` : '';
}

/**
 * React Flow's node component for a card. React Flow re-renders it whenever the card moves (it passes the
 * place), so it hands on only what the card shows: a drag re-renders nothing inside the card.
 */
export const DependencyCard = memo(function DependencyCard({ id, data, selected }: NodeProps<CardNode>) {
  return <CardContent id={id} data={data} selected={selected} />;
});

/** A workstream, milestone or activity: drag from the dot on its right onto another card to add a dependency. */
const CardContent = memo(function CardContent({ id, data, selected }: { id: string; data: CardData; selected: boolean }) {
  const { entity } = data;
  const shade = PLANNING_SHADES[data.color];
  const peers = usePeersSelecting(id);
  const style = { '--card-edge': shade.edge, '--card-fill': shade.fill, position: 'relative', ...peerOutline(peers) } as CSSProperties;
  const classes = ['dep-card', `dep-card--${entity.type}`, selected && 'dep-card--selected', data.critical && 'dep-card--critical', data.inCycle && 'dep-card--cycle'];
  return (
    <div className={classes.filter(Boolean).join(' ')} style={style} data-testid="dependency-card" data-entity-id={id}>
      <PeerSelection entityId={id} />
      <CommentBadge entityId={id} />
      <LockMark entityId={id} />
      <Handle type="target" position={Position.Left} className="dep-card__handle" />
      <span className="dep-card__type">{ENTITY_DEFINITIONS[entity.type].label}</span>
      <strong className="dep-card__name">{entityName(entity).trim() || '(untitled)'}</strong>
      <span className="dep-card__meta">{when(entity)}</span>
      {(data.critical || data.inCycle) && (
        <span className="dep-card__badges">
          {data.critical && <span className="dep-card__badge">Critical path</span>}
          {data.inCycle && <span className="dep-card__badge dep-card__badge--cycle">Circular</span>}
        </span>
      )}
      <Handle type="source" position={Position.Right} className="dep-card__handle" />
    </div>
  );
});

/** A swimlane band behind the cards. */
export function LaneBand({ data }: NodeProps<LaneNode>) {
  return (
    <div className="dep-lane" style={{ width: data.width, height: data.height }}>
      <span className="dep-lane__label">{data.label}</span>
    </div>
  );
}
