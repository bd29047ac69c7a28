import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, criticalPath, DEPENDENCY_KINDS, startOffset, type CriticalPathResult, type ItemTiming } from '../../src/index.ts';
import { Board } from '../helpers.ts';

function timings(result: CriticalPathResult): Map<string, ItemTiming> {
  if (!result.ok) throw new Error('expected a schedule');
  return new Map(result.items.map((item) => [item.id, item]));
}

describe('critical path', () => {
  it('computes earliest and latest dates, slack and the critical path, and lists undated items', () => {
    const board = new Board();
    const recruit = board.add('activity', { title: 'Recruit link workers', start: '2025-01-01', end: '2025-01-11' });
    const train = board.add('activity', { title: 'Train link workers', start: '2025-01-11', end: '2025-01-21' });
    const leaflets = board.add('activity', { title: 'Print leaflets', start: '2025-01-01', end: '2025-01-06' });
    const live = board.add('milestone', { title: 'Service live', due: '2025-01-21' });
    const someday = board.add('milestone', { title: 'Evaluation report' });
    const stream = board.add('workstream', { name: 'Social prescribing' });
    board.link('dependency', recruit, train);
    board.link('dependency', train, live);
    board.link('dependency', leaflets, live);
    board.link('dependency', live, someday);
    board.link('dependency', stream, recruit);
    const result = criticalPath(board.plan());
    expect(result).toMatchObject({ ok: true, projectStart: '2025-01-01', projectFinish: '2025-01-21', paths: [[recruit, train, live]], capped: false, undated: [someday] });
    const items = timings(result);
    expect(items.get(train)).toEqual({ id: train, earlyStart: 10, earlyFinish: 20, lateStart: 10, lateFinish: 20, slack: 0, critical: true });
    expect(items.get(leaflets)).toMatchObject({ earlyStart: 0, earlyFinish: 5, lateStart: 15, lateFinish: 20, slack: 15, critical: false });
    expect(items.get(live)).toMatchObject({ earlyStart: 20, slack: 0, critical: true });
  });

  it('never schedules an item before its planned start, so work feeding a late-planned item has slack', () => {
    const board = new Board();
    const survey = board.add('activity', { start: '2025-03-01', end: '2025-03-11' });
    const panel = board.add('milestone', { title: 'Citizens panel', due: '2025-04-01' });
    board.link('dependency', survey, panel);
    const result = criticalPath(board.plan());
    expect(result).toMatchObject({ ok: true, paths: [[panel]] });
    expect(timings(result).get(survey)).toMatchObject({ earlyStart: 0, slack: 21, critical: false });
    expect(timings(result).get(panel)).toMatchObject({ earlyStart: 31, slack: 0 });
  });

  it('pushes later items when a dependency runs late, and reports parallel critical paths', () => {
    const board = new Board();
    const a = board.add('activity', { start: '2025-01-01', end: '2025-01-10' });
    const b = board.add('activity', { start: '2025-01-01', end: '2025-01-10' });
    const done = board.add('milestone', { due: '2025-01-05' });
    board.link('dependency', a, done);
    board.link('dependency', b, done);
    const result = criticalPath(board.plan());
    expect(timings(result).get(done)).toMatchObject({ earlyStart: 9, critical: true });
    expect(result).toMatchObject({ projectFinish: '2025-01-10', paths: [[a, done], [b, done]].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)) });
  });

  it('stops with the cycle named instead of hanging when dated items depend on each other in a loop', () => {
    const board = new Board();
    const a = board.add('milestone', { title: 'Board sign-off', due: '2025-05-01' });
    const b = board.add('activity', { title: 'Finance review', start: '2025-04-01', end: '2025-04-20' });
    const c = board.add('milestone', { title: 'Undated' });
    board.link('dependency', a, b);
    board.link('dependency', b, a);
    board.link('dependency', b, c);
    board.link('dependency', c, b);
    const result = criticalPath(board.plan());
    expect(result).toMatchObject({ ok: false, code: 'cycle', undated: [c] });
    if (!result.ok) expect(result.cycle.map((step) => step.name).sort()).toEqual(['Board sign-off', 'Finance review']);
  });

  it('gives an empty schedule for a board with nothing dated', () => {
    const board = new Board();
    board.add('workstream');
    expect(criticalPath(board.plan())).toEqual({ ok: true, projectStart: null, projectFinish: null, items: [], paths: [], capped: false, undated: [] });
  });

  it('on any acyclic plan: dependencies and planned starts hold, slack is never negative, and critical paths are tight chains to the finish', () => {
    const item = fc.record({ offset: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 0, max: 10 }) });
    const plans = fc.array(item, { minLength: 1, maxLength: 8 }).chain((items) =>
      fc.record({
        items: fc.constant(items),
        // Only edges from a lower to a higher index: the plan stays acyclic.
        edges: fc
          .uniqueArray(fc.tuple(fc.nat(items.length - 1), fc.nat(items.length - 1), fc.constantFrom(...DEPENDENCY_KINDS)), {
            maxLength: 12,
            selector: ([a, b]) => `${a}-${b}`,
          })
          .map((pairs) => pairs.filter(([a, b]) => a < b)),
      }),
    );
    fc.assert(
      fc.property(plans, ({ items, edges }) => {
        const board = new Board();
        const ids = items.map(({ offset, length }) =>
          length === 0
            ? board.add('milestone', { due: addDays('2025-01-01', offset) })
            : board.add('activity', { start: addDays('2025-01-01', offset), end: addDays('2025-01-01', offset + length) }),
        );
        for (const [a, b, kind] of edges) board.link('dependency', ids[a]!, ids[b]!, { kind });
        const result = criticalPath(board.plan());
        const timing = timings(result);
        const first = Math.min(...items.map((i) => i.offset));
        const finish = Math.max(...[...timing.values()].map((t) => t.earlyFinish));
        items.forEach(({ offset }, i) => {
          const t = timing.get(ids[i]!)!;
          expect(t.earlyStart).toBeGreaterThanOrEqual(offset - first);
          expect(t.slack).toBeGreaterThanOrEqual(0);
          expect(t.lateFinish).toBeLessThanOrEqual(finish);
          expect(t.critical).toBe(t.slack === 0);
        });
        const duration = (i: number) => items[i]!.length;
        for (const [a, b, kind] of edges) {
          const gap = startOffset(kind, duration(a), duration(b));
          expect(timing.get(ids[b]!)!.earlyStart).toBeGreaterThanOrEqual(timing.get(ids[a]!)!.earlyStart + gap);
          expect(timing.get(ids[a]!)!.lateStart).toBeLessThanOrEqual(timing.get(ids[b]!)!.lateStart - gap);
        }
        if (!result.ok) return;
        expect(result.paths.length).toBeGreaterThan(0);
        const linked = new Set(edges.map(([a, b]) => `${ids[a]}>${ids[b]}`));
        for (const path of result.paths) {
          for (const id of path) expect(timing.get(id)!.critical).toBe(true);
          for (let i = 1; i < path.length; i++) expect(linked.has(`${path[i - 1]}>${path[i]}`)).toBe(true);
          expect(timing.get(path[path.length - 1]!)!.lateFinish).toBe(finish);
        }
      }),
      { numRuns: 150 },
    );
  });
});
