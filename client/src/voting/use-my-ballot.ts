import { useCallback, useEffect, useState } from 'react';
import type { VotingRound } from '@roundtable/shared';
import { castBallot, errorMessage, myBallot } from '../api.ts';
import type { BoardSession } from '../board/board-session.ts';
import { voterId } from './voter-id.ts';

/**
 * This person's ballot in the open round: fetched from the server (it is nowhere else), changed one dot at a time.
 * Each change is sent at once; what the server answers is what is shown.
 */
export function useMyBallot(session: BoardSession, round: VotingRound | null) {
  const [votes, setVotes] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const roundId = round?.id;

  useEffect(() => {
    setVotes({});
    if (!roundId) return;
    let live = true;
    myBallot(session.boardId, session.token, roundId, voterId()).then(
      (answer) => live && setVotes(answer.votes),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [session, roundId]);

  const change = useCallback(
    (card: string, by: 1 | -1) => {
      if (!roundId) return;
      const next = { ...votes, [card]: Math.max(0, (votes[card] ?? 0) + by) };
      setVotes(next);
      setProblem(null);
      castBallot(session.boardId, session.token, { round: roundId, voter: voterId(), votes: next }).then(
        (answer) => setVotes(answer.votes),
        (error: unknown) => {
          setVotes(votes);
          setProblem(errorMessage(error));
        },
      );
    },
    [session, roundId, votes],
  );

  const used = Object.values(votes).reduce((sum, count) => sum + count, 0);
  return { votes, used, change, problem };
}
