import { useReactFlow } from '@xyflow/react';
import type { BrainstormRound } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { prefersReducedMotion } from '../lib/reduced-motion.ts';
import { revealedBounds } from './reveal.ts';

/** Moves this screen's canvas to the revealed notes. */
export function ShowRevealedButton({ round }: { round: BrainstormRound }) {
  const session = useBoardSession();
  const { fitBounds } = useReactFlow();
  const area = round.area;
  if (!area) return null;
  const show = () => {
    const bounds = revealedBounds(session.doc, area);
    if (bounds) void fitBounds(bounds, { padding: 0.15, duration: prefersReducedMotion() ? 0 : 400 });
  };
  return (
    <button type="button" className="button button--small" data-testid="brainstorm-show" onClick={show}>
      Show the revealed notes
    </button>
  );
}
