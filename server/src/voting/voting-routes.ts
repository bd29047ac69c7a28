import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import {
  BOARD_ID_PATTERN, boardMaps, checkBallot, MAX_ROUND_CARDS, MAX_ROUND_TITLE, MAX_VOTES_EACH, newId, recordVotes,
  tallyBallots, writeVotingRound, type VotingRound,
} from '@roundtable/shared';
import type { AccessControl } from '../access/access-control.ts';
import { forbidden, HttpError } from '../http/errors.ts';
import { SERVER_ORIGIN } from '../sync/room.ts';
import type { Rooms } from '../sync/rooms.ts';
import { onBoardRoom } from '../http/board-room.ts';
import type { BallotBoxes } from './ballot-box.ts';

const Params = Type.Object({ id: Type.String({ pattern: BOARD_ID_PATTERN }) });
const CardId = Type.String({ minLength: 1, maxLength: 64 });
const VoterId = Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' });
const StartBody = Type.Object(
  {
    title: Type.String({ maxLength: MAX_ROUND_TITLE }),
    cards: Type.Array(CardId, { minItems: 1, maxItems: MAX_ROUND_CARDS, uniqueItems: true }),
    votesEach: Type.Integer({ minimum: 1, maximum: MAX_VOTES_EACH }),
  },
  { additionalProperties: false },
);
const BallotBody = Type.Object(
  { round: Type.String({ minLength: 1, maxLength: 64 }), voter: VoterId, votes: Type.Record(CardId, Type.Integer({ minimum: 0, maximum: MAX_VOTES_EACH })) },
  { additionalProperties: false },
);
const BallotQuery = Type.Object({ round: Type.String({ minLength: 1, maxLength: 64 }), voter: VoterId }, { additionalProperties: false });

type P = Static<typeof Params>;

export interface VotingRoutesOptions {
  access: AccessControl;
  rooms: Rooms;
  ballots: BallotBoxes;
}

const noRound = () => new HttpError(409, 'no_round', 'There is no voting round open on this board.');

/**
 * Dot voting (see docs/facilitation.md): the facilitator opens a round on some cards, people cast secret ballots
 * here, the facilitator reveals the totals and may record them on the cards. Only the round itself, a count of
 * voters and, after the reveal, the totals are in the document.
 */
export async function votingRoutes(app: FastifyInstance, { access, rooms, ballots }: VotingRoutesOptions): Promise<void> {
  const currentRound = (id: string) => ballots.round(id);
  /** The document shows the server's round to everyone; it is never read back. */
  const mirror = (id: string, round: VotingRound | null) => onBoardRoom(rooms, id, (room) => writeVotingRound(room.doc, round, SERVER_ORIGIN));

  app.post<{ Params: P; Body: Static<typeof StartBody> }>('/api/boards/:id/voting', { schema: { params: Params, body: StartBody } }, async (request, reply) => {
    const { id } = request.params;
    access.authorize(request, id, 'facilitator', 'start a voting round');
    const round: VotingRound = {
      id: newId(12),
      title: request.body.title.trim(),
      cards: request.body.cards,
      votesEach: request.body.votesEach,
      status: 'open',
      voters: 0,
      results: null,
      recorded: false,
    };
    await onBoardRoom(rooms, id, (room) => {
      const { entities } = boardMaps(room.doc);
      const missing = round.cards.filter((card) => !entities.has(card));
      if (missing.length > 0) throw new HttpError(400, 'unknown_cards', `These cards are not on the board: ${missing.join(', ')}`);
    });
    await ballots.startRound(id, round);
    await mirror(id, round);
    return reply.status(201).send(round);
  });

  app.put<{ Params: P; Body: Static<typeof BallotBody> }>('/api/boards/:id/voting/ballot', { schema: { params: Params, body: BallotBody } }, async (request) => {
    const { id } = request.params;
    const { board } = access.authorize(request, id, 'editor', 'vote');
    if (board.mode === 'archived') throw forbidden('The board is archived: voting is closed.');
    const { round: roundId, voter, votes } = request.body;
    const round = await currentRound(id);
    if (!round || round.id !== roundId) throw noRound();
    if (round.status !== 'open') throw new HttpError(409, 'round_revealed', 'The votes have been revealed: this round is closed.');
    const problem = checkBallot(round, votes);
    if (problem) throw new HttpError(400, 'invalid_ballot', `This ballot cannot be counted: ${problem}.`);
    const counted = await ballots.cast(id, round.id, voter, votes);
    if (counted.voters !== round.voters) await mirror(id, await ballots.round(id));
    return { round: round.id, votes: await ballots.ballotOf(id, round.id, voter), voters: counted.voters };
  });

  app.get<{ Params: P; Querystring: Static<typeof BallotQuery> }>('/api/boards/:id/voting/ballot', { schema: { params: Params, querystring: BallotQuery } }, async (request) => {
    const { id } = request.params;
    access.authorize(request, id, 'editor', 'vote');
    return { round: request.query.round, votes: await ballots.ballotOf(id, request.query.round, request.query.voter) };
  });

  app.post<{ Params: P }>('/api/boards/:id/voting/reveal', { schema: { params: Params } }, async (request) => {
    const { id } = request.params;
    access.authorize(request, id, 'facilitator', 'reveal the votes');
    const round = await currentRound(id);
    if (!round) throw noRound();
    const results = tallyBallots(round.cards, await ballots.ballots(id, round.id));
    const revealed: VotingRound = { ...round, status: 'revealed', results };
    await ballots.updateRound(id, revealed);
    await mirror(id, revealed);
    return revealed;
  });

  app.post<{ Params: P }>('/api/boards/:id/voting/record', { schema: { params: Params } }, async (request) => {
    const { id } = request.params;
    const { board } = access.authorize(request, id, 'facilitator', 'record the votes on the cards');
    if (board.mode === 'archived') throw forbidden('The board is archived: nothing can be written onto it.');
    const round = await currentRound(id);
    if (!round?.results) throw new HttpError(409, 'not_revealed', 'Reveal the votes before recording them on the cards.');
    const results = round.results;
    const done: VotingRound = { ...round, recorded: true };
    await ballots.updateRound(id, done);
    const recorded = await onBoardRoom(rooms, id, (room) => {
      const count = recordVotes(room.doc, results, SERVER_ORIGIN);
      writeVotingRound(room.doc, done, SERVER_ORIGIN);
      return count;
    });
    return { recorded };
  });

  app.delete<{ Params: P }>('/api/boards/:id/voting', { schema: { params: Params } }, async (request, reply) => {
    const { id } = request.params;
    access.authorize(request, id, 'facilitator', 'end the voting round');
    await ballots.clear(id);
    await mirror(id, null);
    return reply.status(204).send();
  });
}
