import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { ACTIVITY_STATUS_LABELS, MILESTONE_STATUS_LABELS, type Activity, type Milestone } from '@roundtable/shared';
import { usePeersSelecting } from '../../board/PeerSelection.tsx';
import { CommentBadgeSvg } from '../../comments/CommentBadge.tsx';
import { useBoardSession } from '../../board/board-context.ts';
import { LockMarkSvg, lockedSuffix } from '../../locks/LockMark.tsx';
import { useEntityLocked } from '../../locks/use-locks.ts';
import { PLANNING_SHADES } from '../dependencies/planning-colors.ts';
import type { TimelineGroup, TimelineItem } from './timeline-rows.ts';
import { readableDate } from './timeline-scale.ts';
import type { DragMode } from './date-drag.ts';
import type { TimelineDrag } from './use-timeline-drag.ts';

interface Props {
  item: TimelineItem;
  group: TimelineGroup;
  x: (day: number) => number;
  y: number;
  selected: boolean;
  drag: TimelineDrag;
}

const BAR_HEIGHT = 20;
const EDGE = 8;

/** What a bar and a milestone share: a focusable button named by `label`, moved by pointer or arrow keys. */
function itemGroup(kind: 'bar' | 'milestone', id: string, entity: Activity | Milestone, selected: boolean, label: string, mode: DragMode, drag: TimelineDrag) {
  return {
    className: `tl-${kind}${selected ? ` tl-${kind}--selected` : ''}`,
    'data-testid': `timeline-${kind}`,
    'data-entity-id': id,
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    onPointerDown: (event: PointerEvent<Element>) => drag.start(event, id, entity, mode),
    onPointerMove: drag.move,
    onPointerUp: drag.end,
    onPointerCancel: drag.end,
    onKeyDown: (event: KeyboardEvent<Element>) => drag.onKeyDown(event, id, entity),
  };
}

/** An activity as a bar from start to end; its right edge changes the end date. */
export const TimelineBar = memo(function TimelineBar({ item, group, x, y, selected, drag }: Props) {
  const entity = item.entity as Activity;
  const shade = PLANNING_SHADES[group.color];
  const left = x(item.span.start);
  const width = Math.max(x(item.span.finish) - left, 6);
  const name = entity.title.trim() || '(untitled)';
  const locked = useEntityLocked(useBoardSession(), item.id) !== null;
  const label = `${name}${lockedSuffix(locked)}: activity from ${readableDate(entity.start!)} to ${readableDate(entity.end!)}, ${ACTIVITY_STATUS_LABELS[entity.status]}. Arrow keys move it by a day; Shift with arrow keys changes the end.`;
  return (
    <g {...itemGroup('bar', item.id, entity, selected, label, 'move', drag)}>
      <rect x={left} y={y - BAR_HEIGHT / 2} width={width} height={BAR_HEIGHT} rx={4} fill={shade.fill} stroke={shade.edge} strokeWidth={selected ? 3 : 1.5} />
      {entity.progress > 0 && (
        <rect x={left} y={y + BAR_HEIGHT / 2 - 4} width={(width * entity.progress) / 100} height={4} fill={shade.edge} pointerEvents="none" />
      )}
      <text x={left + width + 6} y={y + 4} className="tl-label">{name}<LockMarkSvg locked={locked} /></text>
      <CommentBadgeSvg entityId={item.id} x={left + width + 6} y={y - 8} />
      <PeerNames id={item.id} x={left} y={y - BAR_HEIGHT / 2 - 4} />
      <rect
        className="tl-bar__end"
        data-testid="timeline-bar-end"
        x={left + width - EDGE / 2}
        y={y - BAR_HEIGHT / 2}
        width={EDGE}
        height={BAR_HEIGHT}
        onPointerDown={(event) => drag.start(event, item.id, entity, 'end')}
      />
    </g>
  );
});

/** A milestone as a diamond on its due date. */
export const TimelineMilestone = memo(function TimelineMilestone({ item, group, x, y, selected, drag }: Props) {
  const entity = item.entity as Milestone;
  const shade = PLANNING_SHADES[group.color];
  const cx = x(item.span.start);
  const r = 9;
  const name = entity.title.trim() || '(untitled)';
  const locked = useEntityLocked(useBoardSession(), item.id) !== null;
  const label = `${name}${lockedSuffix(locked)}: milestone due ${readableDate(entity.due!)}, ${MILESTONE_STATUS_LABELS[entity.status]}. Arrow keys move it by a day.`;
  return (
    <g {...itemGroup('milestone', item.id, entity, selected, label, 'due', drag)}>
      <polygon points={`${cx},${y - r} ${cx + r},${y} ${cx},${y + r} ${cx - r},${y}`} fill={shade.edge} stroke={selected ? '#1d2733' : '#fff'} strokeWidth={selected ? 3 : 1.5} />
      <text x={cx + r + 6} y={y + 4} className="tl-label">{name}<LockMarkSvg locked={locked} /></text>
      <CommentBadgeSvg entityId={item.id} x={cx + r + 6} y={y - 8} />
      <PeerNames id={item.id} x={cx - r} y={y - r - 4} />
    </g>
  );
});

/** Who else has this item selected, as coloured names above it (SVG, so not the HTML badge other views use). */
function PeerNames({ id, x, y }: { id: string; x: number; y: number }) {
  const peers = usePeersSelecting(id);
  if (peers.length === 0) return null;
  return (
    <text x={x} y={y} className="tl-peers" data-testid="peer-selection">
      {peers.map((peer, i) => (
        <tspan key={peer.clientId} fill={peer.color}>{`${i ? ', ' : ''}${peer.name}`}</tspan>
      ))}
    </text>
  );
}
