import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { ATTITUDE_LABELS, QUADRANT_LABELS, type Attitude } from '@roundtable/shared';
import { PeerSelection, peerOutline, usePeersSelecting } from '../../board/PeerSelection.tsx';
import { CommentBadge } from '../../comments/CommentBadge.tsx';
import { LockMark } from '../../locks/LockMark.tsx';
import { ratingToFraction } from './map-geometry.ts';
import { displayName, gapText, type StakeholderRow } from './stakeholder-facts.ts';

const ATTITUDE_ICONS: Record<Attitude, string> = {
  champion: '★', supporter: '✓', neutral: '○', sceptic: '?', blocker: '✕',
};

interface Props {
  row: StakeholderRow;
  selected: boolean;
  onPointerDown(id: string, event: PointerEvent<HTMLElement>): void;
  onKeyDown(id: string, event: KeyboardEvent<HTMLElement>): void;
  onSelect(id: string): void;
}

/** One stakeholder on the map, placed by its power and interest and coloured by its organisation. */
export const StakeholderCard = memo(function StakeholderCard({ row, selected, onPointerDown, onKeyDown, onSelect }: Props) {
  const { id, stakeholder, organisation } = row;
  const peers = usePeersSelecting(id);
  const { x, y } = ratingToFraction(stakeholder);
  const gap = gapText(stakeholder);
  const name = displayName(stakeholder.name);
  const organisationName = organisation ? displayName(organisation.name, 'Unnamed organisation') : 'No organisation';
  // The card's name is its visible text plus these facts, read out but not shown (the position shows them).
  const placement = `, ${QUADRANT_LABELS[row.quadrant]}, power ${stakeholder.power}, interest ${stakeholder.interest}`;

  return (
    <div
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-roledescription="stakeholder card"
      className={`stakeholder-card org-colour--${organisation?.color ?? 'none'}${selected ? ' stakeholder-card--selected' : ''}`}
      style={{ left: `${x * 100}%`, top: `${y * 100}%`, transform: `translate(${-x * 100}%, ${-y * 100}%)`, ...peerOutline(peers) }}
      data-testid="stakeholder-card"
      data-entity-id={id}
      onPointerDown={(event) => onPointerDown(id, event)}
      onKeyDown={(event) => onKeyDown(id, event)}
      onFocus={() => onSelect(id)}
    >
      <PeerSelection entityId={id} />
      <CommentBadge entityId={id} />
      <LockMark entityId={id} />
      <span className="stakeholder-card__name">{name}</span>
      <span className="stakeholder-card__org">{organisationName}</span>
      <span className="stakeholder-card__badges">
        <span className={`badge badge--${stakeholder.attitude}`}>
          <span aria-hidden="true">{ATTITUDE_ICONS[stakeholder.attitude]}</span> {ATTITUDE_LABELS[stakeholder.attitude]}
        </span>
        {gap && <span className="badge badge--gap">{gap}</span>}
      </span>
      <span className="visually-hidden">{placement}</span>
    </div>
  );
}, sameCard);

/** Rows are rebuilt on every change; a card re-renders only when its own stakeholder or organisation did. */
function sameCard(a: Props, b: Props): boolean {
  return a.row.stakeholder === b.row.stakeholder && a.row.organisation === b.row.organisation && a.selected === b.selected &&
    a.onPointerDown === b.onPointerDown && a.onKeyDown === b.onKeyDown && a.onSelect === b.onSelect;
}
