import { useEffect, useRef, useState } from 'react';
import { useBoardSession } from '../board/board-context.ts';
import { useStore } from '../lib/use-store.ts';
import { VotingPanel } from './VotingPanel.tsx';
import '../styles/voting.css';

/** In the header while a round runs: everyone opens it from here (it opens by itself once on every screen). */
export function VotingButton() {
  const session = useBoardSession();
  const round = useStore(session.voting);
  const [open, setOpen] = useState(false);
  const seenRound = useRef<string | null>(null);

  // A new round opens the panel on every screen once, so nobody misses it; closing it is remembered.
  useEffect(() => {
    if (round && round.id !== seenRound.current) {
      seenRound.current = round.id;
      setOpen(true);
    }
    if (!round) setOpen(false);
  }, [round]);

  if (!round) return null;
  return (
    <>
      <button type="button" className="button button--small voting__button--live" data-testid="voting-button" onClick={() => setOpen(true)}>
        {round.status === 'open' ? 'Voting open' : 'Voting results'}
      </button>
      {open && <VotingPanel round={round} onClose={() => setOpen(false)} />}
    </>
  );
}
