import { useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { endBrainstorm, revealBrainstorm, type BrainstormRound } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useStore } from '../lib/use-store.ts';
import { prefersReducedMotion } from '../lib/reduced-motion.ts';
import { planPlaces, plannedBounds, revealArea } from './reveal.ts';
import { readWaiting, WaitingStore } from './waiting.ts';

const FRAME_DELAY_MS = 150;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The facilitator's view of a round: how many private notes are waiting (never their text), reveal and end. */
export function FacilitatorControls({ round }: { round: BrainstormRound }) {
  const session = useBoardSession();
  const awareness = session.connection.provider.awareness;
  const waitingStore = useMemo(() => new WaitingStore(awareness, round.id), [awareness, round.id]);
  const waiting = useStore(waitingStore);
  const { fitBounds } = useReactFlow();
  const collecting = round.status === 'collecting';

  const reveal = () => {
    const { screens } = readWaiting(awareness, round.id);
    const area = revealArea(session.doc);
    revealBrainstorm(session.doc, round.id, area, planPlaces(screens, area), session.origin);
    const bounds = plannedBounds(screens, area);
    // Framed once the private notes panel has gone and the canvas has taken its new size.
    window.setTimeout(() => void fitBounds(bounds, { padding: 0.15, duration: prefersReducedMotion() ? 0 : 400 }), FRAME_DELAY_MS);
  };

  const end = () => {
    const question = 'End the brainstorm without revealing? Private notes not yet revealed will be discarded.';
    if (collecting && waiting.notes > 0 && !window.confirm(question)) return;
    endBrainstorm(session.doc, session.origin);
  };

  const count = `${plural(waiting.notes, 'note', 'notes')} from ${plural(waiting.people, 'person', 'people')}`;
  return (
    <>
      {collecting && (
        <>
          <p className="brainstorm__count" data-testid="brainstorm-count">{count} waiting</p>
          <button type="button" className="button button--primary button--small" data-testid="brainstorm-reveal" onClick={reveal}>
            Reveal notes
          </button>
        </>
      )}
      <button type="button" className="button button--small" data-testid="brainstorm-end" onClick={end}>
        {collecting ? 'End without revealing' : 'End brainstorm'}
      </button>
    </>
  );
}
