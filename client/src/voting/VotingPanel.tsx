import { useState } from 'react';
import { entityName, type VotingRound } from '@roundtable/shared';
import { endVoting, errorMessage, recordVotesOnCards, revealVotes } from '../api.ts';
import { useBoardSession } from '../board/board-context.ts';
import { useAccess } from '../board/use-access.ts';
import { useStore } from '../lib/use-store.ts';
import { useMyBallot } from './use-my-ballot.ts';
import { DialogBackdrop } from '../lib/DialogBackdrop.tsx';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The round for everyone: your dots while it is open, the totals once revealed; the facilitator's actions. */
export function VotingPanel({ round, onClose }: { round: VotingRound; onClose(): void }) {
  const session = useBoardSession();
  const plan = useStore(session.plan);
  const { role, mode } = useAccess();
  const facilitator = role === 'facilitator';
  const canVote = role !== 'viewer' && mode !== 'archived';
  const ballot = useMyBallot(session, round.status === 'open' && canVote ? round : null);
  const [problem, setProblem] = useState<string | null>(null);
  const left = round.votesEach - ballot.used;
  const results = round.results;
  const cards = round.cards
    .filter((id) => plan.entities.has(id))
    .map((id) => ({ id, name: entityName(plan.entities.get(id)!).trim() || 'Untitled card', total: results?.[id] ?? 0 }));
  if (results) cards.sort((a, b) => b.total - a.total);
  const most = Math.max(1, ...cards.map((card) => card.total));

  const act = (action: () => Promise<unknown>) => () => {
    setProblem(null);
    action().catch((error: unknown) => setProblem(errorMessage(error)));
  };

  return (
    <DialogBackdrop onClose={onClose}>
      <div className="dialog dialog--wide voting" role="dialog" aria-modal="true" aria-labelledby="voting-title" data-testid="voting-panel">
        <h2 id="voting-title">Dot voting{round.title ? `: ${round.title}` : ''}</h2>
        <p role="status" data-testid="voting-status">
          {results ? `The votes are revealed — ${plural(round.voters, 'person', 'people')} voted.` : `${plural(round.voters, 'person', 'people')} voted so far. Votes stay secret until the facilitator reveals them.`}
        </p>
        {!results && canVote && (
          <p className="voting__left" data-testid="votes-left">
            You have {plural(left, 'vote')} left of {round.votesEach}.
          </p>
        )}
        {(ballot.problem || problem) && <p role="alert">{ballot.problem ?? problem}</p>}
        <ul className="voting__cards">
          {cards.map((card) => {
            const mine = ballot.votes[card.id] ?? 0;
            return (
              <li key={card.id} className="voting__card" data-testid="voting-card" data-entity-id={card.id}>
                <span className="voting__name">{card.name}</span>
                {results ? (
                  <span className="voting__result">
                    <span className="voting__bar" style={{ width: `${(card.total / most) * 100}%` }} aria-hidden="true" />
                    <span data-testid="voting-total">{plural(card.total, 'vote')}</span>
                  </span>
                ) : (
                  canVote && (
                    <span className="voting__mine">
                      <button type="button" className="button button--small" aria-label={`Take a vote back from ${card.name}`} disabled={mine === 0} onClick={() => ballot.change(card.id, -1)}>−</button>
                      <span className="voting__dots" data-testid="my-votes" aria-label={`Your votes on ${card.name}: ${mine}`}>{'●'.repeat(mine) || '0'}</span>
                      <button type="button" className="button button--small" data-testid="add-vote" aria-label={`Give a vote to ${card.name}`} disabled={left <= 0} onClick={() => ballot.change(card.id, 1)}>+</button>
                    </span>
                  )
                )}
              </li>
            );
          })}
        </ul>
        <div className="dialog__actions">
          {facilitator && !results && <button type="button" className="button button--primary" data-testid="voting-reveal" onClick={act(() => revealVotes(session.boardId, session.token))}>Reveal the votes</button>}
          {facilitator && results && !round.recorded && (
            <button type="button" className="button button--primary" data-testid="voting-record" onClick={act(() => recordVotesOnCards(session.boardId, session.token))}>Record the votes on the cards</button>
          )}
          {facilitator && results && round.recorded && <span role="status">Recorded on the cards.</span>}
          {facilitator && (
            <button type="button" className="button" data-testid="voting-end" onClick={act(async () => { await endVoting(session.boardId, session.token); onClose(); })}>End the round</button>
          )}
          <button type="button" className="button" onClick={onClose} autoFocus>Close</button>
        </div>
      </div>
    </DialogBackdrop>
  );
}
