import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import type { Risk } from '@roundtable/shared';
import { PeerSelection, peerOutline, usePeersSelecting } from '../../board/PeerSelection.tsx';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import { useBoardSession } from '../../board/board-context.ts';
import { LockMark, lockedLabel } from '../../locks/LockMark.tsx';
import { useEntityLocked } from '../../locks/use-locks.ts';
import { riskDescription, type Rating } from './risk-grid.ts';

interface RiskCardProps {
  id: string;
  risk: Risk;
  selected: boolean;
  dragging: boolean;
  onPointerDown: (event: PointerEvent<HTMLElement>, id: string, rating: Rating) => void;
  onClick: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, id: string, risk: Risk) => void;
}

/** One risk on the grid: a button, so it can be focused, selected and moved with the arrow keys. */
export const RiskCard = memo(function RiskCard({ id, risk, selected, dragging, onPointerDown, onClick, onKeyDown }: RiskCardProps) {
  const title = risk.title || 'Untitled risk';
  const peers = usePeersSelecting(id);
  const locked = useEntityLocked(useBoardSession(), id) !== null;
  return (
    <button
      type="button"
      className={`risk-card${selected ? ' risk-card--selected' : ''}${dragging ? ' risk-card--dragging' : ''}${risk.status === 'closed' ? ' risk-card--closed' : ''}`}
      data-testid="risk-card"
      data-entity-id={id}
      aria-pressed={selected}
      aria-label={`${title}: ${riskDescription(risk)}.${lockedLabel(locked)} Arrow keys move it on the grid.`}
      title={title}
      style={{ position: 'relative', ...peerOutline(peers) }}
      onPointerDown={(event) => onPointerDown(event, id, risk)}
      onClick={() => onClick(id)}
      onKeyDown={(event) => onKeyDown(event, id, risk)}
    >
      <PeerSelection entityId={id} />
      <CommentBadge entityId={id} decorative />
      <LockMark entityId={id} decorative />
      {title}
    </button>
  );
});
