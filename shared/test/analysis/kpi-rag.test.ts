import { describe, expect, it } from 'vitest';
import { kpiRagAt, KPI_RAG_LABELS, type Kpi } from '../../src/index.ts';
import { Board } from '../helpers.ts';

/** Uptake of a new transition service: 10% now, 40% at the trial review, 70% at rollout, 80% in the end. */
function uptake(current: number | null, overrides: Partial<Kpi> = {}) {
  const board = new Board();
  const trial = board.add('milestone', { title: 'Trial review', due: '2025-06-30' });
  const rollout = board.add('milestone', { title: 'Rollout complete', due: '2025-12-31' });
  const undated = board.add('milestone', { title: 'Someday' });
  const kpi: Kpi = {
    type: 'kpi',
    name: 'Families using the transition service',
    kind: 'leading',
    unit: '%',
    baseline: 10,
    target: 80,
    current,
    targets: [{ milestone: rollout, value: 70 }, { milestone: trial, value: 40 }, { milestone: undated, value: 99 }],
    owner: 'SEND lead',
    ...overrides,
  };
  return { kpi, plan: board.plan() };
}

describe('KPI RAG at a date', () => {
  it('expects the baseline before the first milestone target, then the latest target due on or before the date', () => {
    const { kpi, plan } = uptake(12);
    expect(kpiRagAt(kpi, plan, '2025-03-01')).toEqual({ rag: 'green', expected: 10, direction: 'up', reason: null });
    expect(kpiRagAt(kpi, plan, '2025-06-30').expected).toBe(40);
    expect(kpiRagAt(kpi, plan, '2026-02-01').expected).toBe(70);
  });

  it('is green at or beyond the expected value, amber within 10% of the planned change short of it, red beyond', () => {
    const { kpi, plan } = uptake(null);
    const at = (current: number) => ({ ...kpi, current });
    expect(kpiRagAt(at(40), plan, '2025-07-01').rag).toBe('green');
    expect(kpiRagAt(at(33), plan, '2025-07-01').rag).toBe('amber');
    expect(kpiRagAt(at(32.9), plan, '2025-07-01').rag).toBe('red');
    expect(KPI_RAG_LABELS.amber).toBe('Slightly behind');
  });

  it('judges a KPI that should fall, such as waiting weeks, the other way round', () => {
    const board = new Board();
    const review = board.add('milestone', { due: '2025-06-30' });
    const plan = board.plan();
    const kpi = uptake(null, { name: 'Weeks waiting for assessment', baseline: 18, target: 6, targets: [{ milestone: review, value: 12 }] }).kpi;
    expect(kpiRagAt({ ...kpi, current: 11 }, plan, '2025-07-01')).toMatchObject({ rag: 'green', expected: 12, direction: 'down' });
    expect(kpiRagAt({ ...kpi, current: 13 }, plan, '2025-07-01').rag).toBe('amber');
    expect(kpiRagAt({ ...kpi, current: 15 }, plan, '2025-07-01').rag).toBe('red');
  });

  it('gives no RAG, and says why, when the KPI cannot be judged', () => {
    const { kpi, plan } = uptake(null);
    expect(kpiRagAt(kpi, plan, '2025-07-01')).toEqual({ rag: null, expected: 40, direction: 'up', reason: 'no-current-value' });
    expect(kpiRagAt({ ...kpi, current: 5, targets: [] }, plan, '2025-07-01').reason).toBe('no-dated-targets');
    expect(kpiRagAt({ ...kpi, current: 5, baseline: null }, plan, '2025-01-01').reason).toBe('nothing-due');
    const flat = { ...kpi, current: 5, baseline: 40, target: 40, targets: kpi.targets.slice(1, 2) };
    expect(kpiRagAt(flat, plan, '2025-07-01').reason).toBe('no-direction');
  });
});
