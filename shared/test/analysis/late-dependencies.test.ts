import { describe, expect, it } from 'vitest';
import { lateDependencies } from '../../src/index.ts';
import { Board } from '../helpers.ts';

describe('late dependencies', () => {
  it('flags a milestone or activity that starts before what it depends on finishes, by how many days', () => {
    const board = new Board();
    const pathway = board.add('activity', { title: 'Agree referral pathway', start: '2025-02-01', end: '2025-03-15' });
    const pilot = board.add('milestone', { title: 'Pilot starts', due: '2025-03-01' });
    const training = board.add('activity', { title: 'Train GP practices', start: '2025-03-15', end: '2025-04-15' });
    const undated = board.add('milestone', { title: 'Evaluation' });
    const late = board.link('dependency', pathway, pilot);
    board.link('dependency', pathway, training);
    board.link('dependency', pilot, undated);
    expect(lateDependencies(board.plan())).toEqual([{ link: late, from: pathway, to: pilot, kind: 'finish-to-start', daysLate: 14 }]);
  });

  it('applies the rule of each dependency kind', () => {
    const board = new Board();
    const a = board.add('activity', { start: '2025-05-01', end: '2025-05-31' });
    const b = board.add('activity', { start: '2025-05-10', end: '2025-05-20' });
    board.link('dependency', a, b, { kind: 'start-to-start' });
    const finish = board.link('dependency', b, a, { kind: 'finish-to-finish' });
    const c = board.add('activity', { start: '2025-04-01', end: '2025-04-30' });
    const early = board.link('dependency', a, c, { kind: 'start-to-finish' });
    expect(lateDependencies(board.plan())).toEqual([{ link: early, from: a, to: c, kind: 'start-to-finish', daysLate: 1 }]);
    expect(lateDependencies(board.plan()).some((late) => late.link === finish)).toBe(false);
  });
});
