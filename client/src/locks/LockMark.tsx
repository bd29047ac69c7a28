import { useBoardSession } from '../board/board-context.ts';
import { useEntityLocked } from './use-locks.ts';
import '../styles/locks.css';

interface Props {
  entityId: string;
  /** Flows with the text of a table row or list item, instead of sitting on the card's bottom-left corner. */
  inline?: boolean;
  /**
   * Only the padlock, leading the text of a card too small for the word (a risk on the grid), hidden from screen
   * readers: the card says "Locked" in its own `aria-label` (`lockedLabel`), and the register beside it in words.
   */
  decorative?: boolean;
}

const Icon = () => (
  <svg className="lock-mark__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
    <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
    <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
  </svg>
);

/** "Locked" with a padlock on a locked card, for everyone; nothing on an unlocked one. */
export function LockMark({ entityId, inline = false, decorative = false }: Props) {
  const lock = useEntityLocked(useBoardSession(), entityId);
  if (!lock) return null;
  if (decorative) {
    return <span className="card-pill lock-mark lock-mark--icon" data-testid="lock-mark" title={`Locked by ${lock.by}`} aria-hidden="true"><Icon /></span>;
  }
  const className = `card-pill lock-mark${inline ? ' card-pill--inline' : ''}`;
  return (
    <span className={className} data-testid="lock-mark" title={`Locked by ${lock.by}`}>
      <Icon />
      Locked<span className="visually-hidden"> by {lock.by}</span>
    </span>
  );
}

/** The words a card named by `aria-label` adds when it is locked, matching the mark's visible "Locked". */
export const lockedLabel = (locked: boolean): string => (locked ? ' Locked.' : '');

/**
 * What follows the name of a locked item of an SVG view (the timeline), shown by `LockMarkSvg`. Items there are
 * named by `aria-label`, which must start with the same visible words: `${name}${lockedSuffix(locked)}: …`.
 */
export const lockedSuffix = (locked: boolean): string => (locked ? ' · Locked' : '');

export function LockMarkSvg({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return <tspan className="lock-mark-svg" data-testid="lock-mark">{lockedSuffix(locked)}</tspan>;
}
