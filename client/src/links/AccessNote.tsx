import { useBoardSession } from '../board/board-context.ts';
import { useStore } from '../lib/use-store.ts';
import { MODE_TEXT } from './role-text.ts';
import '../styles/share.css';

/**
 * In the board header: why this person cannot edit here (view only, locked, archived), in words rather than
 * colour alone. Nothing shows while they can.
 */
export function AccessNote() {
  const session = useBoardSession();
  const { role, mode } = useStore(session.access);
  const note =
    mode !== 'open' ? `${MODE_TEXT[mode].label}: ${MODE_TEXT[mode].means}` : role === 'viewer' ? 'View only: you can watch and follow, not change the board.' : null;
  if (!note) return null;
  return (
    <span className="access-note" data-testid="access-note" role="status" title={note}>
      {mode !== 'open' ? MODE_TEXT[mode].label : 'View only'}
      <span className="visually-hidden"> — {note}</span>
    </span>
  );
}
