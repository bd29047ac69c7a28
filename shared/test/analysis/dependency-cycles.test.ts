import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyCycles, elementaryCycles, type Adjacency } from '../../src/index.ts';
import { Board } from '../helpers.ts';

/** Every elementary cycle by plain search: from each vertex, simple paths through higher vertices back to it. */
function bruteForceCycles(adjacency: Adjacency): number[][] {
  const cycles: number[][] = [];
  const extend = (path: number[]) => {
    const start = path[0]!;
    for (const next of adjacency[path[path.length - 1]!]!) {
      if (next === start) cycles.push([...path]);
      else if (next > start && !path.includes(next)) extend([...path, next]);
    }
  };
  adjacency.forEach((_, start) => extend([start]));
  return cycles;
}

const canonical = (cycles: number[][]) => cycles.map((cycle) => cycle.join('>')).sort();

const graphs = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }), { minLength: n, maxLength: n }),
);

describe('dependency cycles', () => {
  it('finds exactly the elementary cycles plain search finds, each starting at its lowest vertex', () => {
    fc.assert(
      fc.property(graphs, (lists) => {
        const adjacency = lists.map((list) => [...list].sort((a, b) => a - b));
        const { cycles, capped } = elementaryCycles(adjacency, 10_000);
        expect(capped).toBe(false);
        expect(canonical(cycles)).toEqual(canonical(bruteForceCycles(adjacency)));
        for (const cycle of cycles) expect(cycle[0]).toBe(Math.min(...cycle));
      }),
      { numRuns: 300 },
    );
  });

  it('stops at the limit and says so only when there are more', () => {
    fc.assert(
      fc.property(graphs, fc.integer({ min: 1, max: 20 }), (lists, limit) => {
        const adjacency = lists.map((list) => [...list].sort((a, b) => a - b));
        const all = bruteForceCycles(adjacency).length;
        const { cycles, capped } = elementaryCycles(adjacency, limit);
        expect(cycles.length).toBe(Math.min(all, limit));
        expect(capped).toBe(all > limit);
      }),
      { numRuns: 200 },
    );
  });

  it('reports every cycle of a board with the ids and names of its steps in dependency order', () => {
    const board = new Board();
    const consult = board.add('milestone', { title: 'Consultation closes' });
    const design = board.add('activity', { title: 'Co-design workshops' });
    const business = board.add('milestone', { title: 'Business case approved' });
    const funding = board.add('workstream', { name: 'Funding' });
    const unrelated = board.add('milestone', { title: 'Launch event' });
    board.link('dependency', consult, design);
    board.link('dependency', design, business);
    board.link('dependency', business, consult);
    board.link('dependency', business, funding);
    board.link('dependency', funding, business);
    board.link('dependency', business, unrelated);
    board.link('connector', unrelated, consult);
    const { cycles, capped } = dependencyCycles(board.plan());
    expect(capped).toBe(false);
    const names = cycles.map((cycle) => cycle.map((step) => step.name));
    const rotations = (list: string[]) => list.map((_, i) => [...list.slice(i), ...list.slice(0, i)].join(' → '));
    expect(names).toHaveLength(2);
    expect(names.map((cycle) => cycle.join(' → '))).toEqual(
      expect.arrayContaining([
        expect.toBeOneOf(rotations(['Consultation closes', 'Co-design workshops', 'Business case approved'])),
        expect.toBeOneOf(rotations(['Business case approved', 'Funding'])),
      ]),
    );
    for (const cycle of cycles) for (const step of cycle) expect(board.plan().entities.has(step.id)).toBe(true);
  });

  it('caps the report on a densely tangled board', () => {
    const board = new Board();
    const milestones = Array.from({ length: 6 }, (_, i) => board.add('milestone', { title: `M${i}` }));
    for (const a of milestones) for (const b of milestones) if (a !== b) board.link('dependency', a, b);
    const plan = board.plan();
    expect(dependencyCycles(plan)).toMatchObject({ capped: true, cycles: { length: 100 } });
    expect(dependencyCycles(plan, 1000)).toMatchObject({ capped: false, cycles: { length: 409 } });
  });
});
