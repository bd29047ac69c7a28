import { useBoardSession } from '../board/board-context.ts';
import { useIsFacilitator } from '../board/use-access.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { lockCards, unlockCards } from './lock-actions.ts';
import { useEntityLocked } from './use-locks.ts';
import '../styles/locks.css';

/** In a card's details: who locked it, for everyone, and the facilitator's lock / unlock button. */
export function LockStatus({ entityId }: { entityId: string }) {
  const session = useBoardSession();
  const lock = useEntityLocked(session, entityId);
  const controls = useIsFacilitator() && !useReadOnly(session);
  if (!lock && !controls) return null;
  return (
    <p className="lock-status" data-testid="side-panel-lock-status">
      {lock && <span>Locked by {lock.by}{controls ? '' : ': only facilitators can change it.'}</span>}
      {controls && (
        <button
          type="button"
          className="button button--small"
          data-testid="side-panel-lock-toggle"
          aria-pressed={lock !== null}
          onClick={() => (lock ? unlockCards(session, [entityId]) : lockCards(session, [entityId]))}
        >
          {lock ? 'Unlock' : 'Lock against editing'}
        </button>
      )}
    </p>
  );
}
