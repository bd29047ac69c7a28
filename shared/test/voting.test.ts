import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkBallot, createRisk, readPlan, readVotingRound, recordVotes, tallyBallots, writeVotingRound, type VotingRound } from '../src/index.ts';

const round: VotingRound = { id: 'r1', title: 'Which first?', cards: ['a', 'b', 'c'], votesEach: 3, status: 'open', voters: 0, results: null, recorded: false };

describe('dot voting', () => {
  it('accepts a ballot within the round and refuses cards outside it, fractions and too many votes', () => {
    expect(checkBallot(round, { a: 2, b: 1 })).toBeNull();
    expect(checkBallot(round, {})).toBeNull();
    expect(checkBallot(round, { z: 1 })).toMatch(/not in this round/);
    expect(checkBallot(round, { a: 1.5 })).toMatch(/whole number/);
    expect(checkBallot(round, { a: -1 })).toMatch(/whole number/);
    expect(checkBallot(round, { a: 2, b: 2 })).toMatch(/4 votes given, but each person has 3/);
  });

  it('tallies every card of the round, zero included', () => {
    expect(tallyBallots(['a', 'b', 'c'], [{ a: 2, b: 1 }, { a: 1 }, {}])).toEqual({ a: 3, b: 1, c: 0 });
  });

  it('reads a round back, hides results until it is revealed, and reads anything else as no round', () => {
    const doc = new Y.Doc();
    writeVotingRound(doc, { ...round, results: { a: 9 } });
    expect(readVotingRound(doc)).toEqual({ ...round, results: null });
    writeVotingRound(doc, { ...round, status: 'revealed', results: { a: 2, b: 1, c: 0 } });
    expect(readVotingRound(doc)?.results).toEqual({ a: 2, b: 1, c: 0 });
    doc.getMap('meta').set('voting', { id: 5 });
    expect(readVotingRound(doc)).toBeNull();
    writeVotingRound(doc, null);
    expect(readVotingRound(doc)).toBeNull();
  });

  it('records totals onto the cards in one transaction, skipping cards that were deleted', () => {
    const doc = new Y.Doc();
    const created = createRisk(doc, { title: 'Workforce gaps' });
    if (!created.ok) throw new Error(created.errors.join());
    const risk = created.id;
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    expect(recordVotes(doc, { [risk]: 4, gone: 2 })).toBe(1);
    expect(transactions).toBe(1);
    expect(readPlan(doc).entities.get(risk)).toMatchObject({ title: 'Workforce gaps', votes: 4 });
  });
});
