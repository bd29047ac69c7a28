import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useStore } from '../lib/use-store.ts';
import { brainstormScreen, useBrainstormConditions } from './use-brainstorm.ts';
import '../styles/brainstorm.css';

/**
 * In the board header: keeps this screen's part in a private brainstorm running on every view, and while a round
 * is on and another view is open, offers a way to the canvas where the round happens.
 */
export function BrainstormBadge() {
  const session = useBoardSession();
  useBrainstormConditions(session);
  const { round } = useStore(brainstormScreen(session));
  const readOnly = useReadOnly(session);
  const view = useStore(session.view);
  if (!round || view === 'canvas') return null;
  const label =
    round.status === 'revealed' ? 'Brainstorm notes revealed' : readOnly ? 'Private brainstorm under way' : 'Private brainstorm: add your notes';
  return (
    <button type="button" className="brainstorm-badge" data-testid="brainstorm-badge" onClick={() => session.view.show('canvas')}>
      {label} <span aria-hidden="true">→</span>
      <span className="visually-hidden"> (opens the canvas)</span>
    </button>
  );
}
