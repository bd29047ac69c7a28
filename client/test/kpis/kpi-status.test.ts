import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createKpi, createMilestone, readPlan, type Kpi } from '@roundtable/shared';
import { datedMilestones, kpisOfKind, kpiStatusOn, shortDate, todayIso, withMilestoneTarget } from '../../src/views/kpis/kpi-status.ts';

function idOf(result: { ok: boolean; id?: string }): string {
  if (!result.ok || !result.id) throw new Error('write refused');
  return result.id;
}

function board() {
  const doc = new Y.Doc();
  const rollout = idOf(createMilestone(doc, { title: 'Rollout', due: '2026-09-01' }));
  const trial = idOf(createMilestone(doc, { title: 'Trial review', due: '2026-03-01' }));
  idOf(createMilestone(doc, { title: 'Someday' }));
  const kpi = idOf(createKpi(doc, {
    name: 'Families using the service', kind: 'leading', unit: '%', baseline: 10, target: 80, current: 33,
    targets: [{ milestone: trial, value: 40 }, { milestone: rollout, value: 70 }],
  }));
  return { doc, trial, rollout, kpi };
}

describe('KPI status', () => {
  it('lists only dated milestones, earliest first', () => {
    const { doc, trial, rollout } = board();
    expect(datedMilestones(readPlan(doc)).map((m) => m.id)).toEqual([trial, rollout]);
  });

  it('gives the status at each milestone and today in words', () => {
    const { doc, kpi } = board();
    const plan = readPlan(doc);
    const k = plan.entities.get(kpi) as Kpi;
    expect(kpiStatusOn(k, plan, '2026-01-01')).toMatchObject({ text: 'On track (green)', expected: 10 });
    expect(kpiStatusOn(k, plan, '2026-03-01')).toMatchObject({ text: 'Slightly behind (amber)', rag: 'amber', expected: 40 });
    expect(kpiStatusOn(k, plan, '2026-09-01')).toMatchObject({ text: 'Off track (red)', expected: 70 });
    expect(kpiStatusOn({ ...k, current: null }, plan, '2026-03-01').text).toBe('No current value');
    expect(kpiStatusOn({ ...k, targets: [] }, plan, '2026-03-01').text).toBe('No targets at dated milestones');
  });

  it('sets, replaces and clears the target at one milestone', () => {
    const { doc, kpi, trial, rollout } = board();
    const k = readPlan(doc).entities.get(kpi) as Kpi;
    expect(withMilestoneTarget(k, trial, 45)).toEqual([{ milestone: trial, value: 45 }, { milestone: rollout, value: 70 }]);
    expect(withMilestoneTarget(k, trial, null)).toEqual([{ milestone: rollout, value: 70 }]);
    expect(withMilestoneTarget({ ...k, targets: [] }, rollout, 1)).toEqual([{ milestone: rollout, value: 1 }]);
  });

  it('splits KPIs into leading and lagging', () => {
    const { doc, kpi } = board();
    const outcome = idOf(createKpi(doc, { name: 'Children supported locally' }));
    const plan = readPlan(doc);
    expect(kpisOfKind(plan, 'leading').map(([id]) => id)).toEqual([kpi]);
    expect(kpisOfKind(plan, 'lagging').map(([id]) => id)).toEqual([outcome]);
  });

  it('formats calendar dates without time-zone shifts', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(shortDate('2026-03-01')).toBe('1 Mar 2026');
  });
});
