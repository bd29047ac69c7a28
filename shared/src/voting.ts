import * as Y from 'yjs';
import { boardMaps } from './board-doc.ts';

/**
 * A dot-voting round, in `meta.voting`, written only by the server. Ballots never enter the document: each
 * person's votes stay on the server until the facilitator reveals the totals (see docs/facilitation.md).
 */
export interface VotingRound {
  id: string;
  /** The question people vote on, e.g. "Which risks should we work on first?". */
  title: string;
  /** The cards (entity ids) in the round, in the order shown. */
  cards: string[];
  votesEach: number;
  status: 'open' | 'revealed';
  /** How many people have cast at least one vote: the only thing known before the reveal. */
  voters: number;
  /** Votes per card, once revealed. */
  results: Record<string, number> | null;
  /** The totals were written onto the cards' `votes` field. */
  recorded: boolean;
}

export const VOTING_KEY = 'voting';
export const MAX_VOTES_EACH = 20;
export const MAX_ROUND_CARDS = 200;
export const MAX_ROUND_TITLE = 200;

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The round as stored, or null when there is none or what is stored is not a round. */
export function readVotingRound(doc: Y.Doc): VotingRound | null {
  const raw = boardMaps(doc).meta.get(VOTING_KEY) as Partial<VotingRound> | null | undefined;
  if (!raw || typeof raw !== 'object' || typeof raw.id !== 'string' || !Array.isArray(raw.cards)) return null;
  if (!isCount(raw.votesEach) || (raw.status !== 'open' && raw.status !== 'revealed')) return null;
  const cards = raw.cards.filter((card): card is string => typeof card === 'string').slice(0, MAX_ROUND_CARDS);
  const results: Record<string, number> | null =
    raw.results && typeof raw.results === 'object'
      ? Object.fromEntries(cards.map((card) => [card, isCount(raw.results![card]) ? raw.results![card]! : 0]))
      : null;
  return {
    id: raw.id,
    title: typeof raw.title === 'string' ? raw.title.slice(0, MAX_ROUND_TITLE) : '',
    cards,
    votesEach: raw.votesEach,
    status: raw.status,
    voters: isCount(raw.voters) ? raw.voters : 0,
    results: raw.status === 'revealed' ? results : null,
    recorded: raw.recorded === true,
  };
}

export function writeVotingRound(doc: Y.Doc, round: VotingRound | null, origin?: unknown): void {
  doc.transact(() => {
    if (round) boardMaps(doc).meta.set(VOTING_KEY, round);
    else boardMaps(doc).meta.delete(VOTING_KEY);
  }, origin);
}

/** A ballot: votes per card. */
export type Ballot = Record<string, number>;

/** Checks a ballot against a round: only its cards, whole non-negative numbers, no more than `votesEach` in all. */
export function checkBallot(round: VotingRound, votes: Ballot): string | null {
  const inRound = new Set(round.cards);
  let total = 0;
  for (const [card, count] of Object.entries(votes)) {
    if (!inRound.has(card)) return `card ${card} is not in this round`;
    if (!isCount(count)) return `votes for ${card} must be a whole number of 0 or more`;
    total += count;
  }
  return total > round.votesEach ? `${total} votes given, but each person has ${round.votesEach}` : null;
}

/** Adds up ballots: every card of the round gets a total, zero included. */
export function tallyBallots(cards: readonly string[], ballots: Iterable<Ballot>): Record<string, number> {
  const totals: Record<string, number> = Object.fromEntries(cards.map((card) => [card, 0]));
  for (const ballot of ballots) {
    for (const card of cards) totals[card]! += ballot[card] ?? 0;
  }
  return totals;
}

/** Writes totals onto the cards' `votes` field in one transaction; cards deleted meanwhile are skipped. */
export function recordVotes(doc: Y.Doc, results: Record<string, number>, origin?: unknown): number {
  const { entities } = boardMaps(doc);
  let recorded = 0;
  doc.transact(() => {
    for (const [card, count] of Object.entries(results)) {
      const entity = entities.get(card);
      if (!(entity instanceof Y.Map)) continue;
      entity.set('votes', count);
      recorded += 1;
    }
  }, origin);
  return recorded;
}
