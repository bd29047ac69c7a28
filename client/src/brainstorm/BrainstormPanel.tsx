import { useBoardSession } from '../board/board-context.ts';
import { useIsFacilitator } from '../board/use-access.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useStore } from '../lib/use-store.ts';
import { FacilitatorControls } from './FacilitatorControls.tsx';
import { PrivateNotes } from './PrivateNotes.tsx';
import { ShowRevealedButton } from './ShowRevealedButton.tsx';
import { StartBrainstorm } from './StartBrainstorm.tsx';
import { brainstormScreen } from './use-brainstorm.ts';
import '../styles/brainstorm.css';

/** The private brainstorm on the canvas: the round's banner, the facilitator's controls and this person's notes. */
export function BrainstormPanel() {
  const session = useBoardSession();
  const facilitator = useIsFacilitator();
  const readOnly = useReadOnly(session);
  const screen = brainstormScreen(session);
  const { round, drafts } = useStore(screen);
  const leads = facilitator && !readOnly;

  if (!round) return leads ? <StartBrainstorm /> : null;
  const collecting = round.status === 'collecting';
  const status = collecting
    ? readOnly
      ? 'Collecting private notes. You cannot add notes: this board is read-only for you.'
      : 'Collecting private notes: nobody sees them until the facilitator reveals them.'
    : 'Notes revealed: they are on the canvas.';

  return (
    <section className={`brainstorm brainstorm--${round.status}`} aria-labelledby="brainstorm-title" data-testid="brainstorm">
      <div className="brainstorm__banner">
        <div className="brainstorm__about">
          <h2 id="brainstorm-title" className="brainstorm__title">Private brainstorm</h2>
          {round.prompt && <p className="brainstorm__prompt" data-testid="brainstorm-prompt">{round.prompt}</p>}
          <p className="brainstorm__status" data-testid="brainstorm-status" aria-live="polite">{status}</p>
        </div>
        <div className="brainstorm__controls">
          {!collecting && <ShowRevealedButton round={round} />}
          {leads && <FacilitatorControls round={round} />}
        </div>
      </div>
      {collecting && !readOnly && <PrivateNotes screen={screen} drafts={drafts} />}
    </section>
  );
}
