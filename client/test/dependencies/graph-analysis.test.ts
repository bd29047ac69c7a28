import { describe, expect, it } from 'vitest';
import { createDependency } from '@roundtable/shared';
import { analyseDependencies, describeCycle } from '../../src/views/dependencies/graph-analysis.ts';
import { idOf, programme } from './helpers.ts';

describe('dependency graph analysis', () => {
  it('marks the critical chain and the hand-over between organisations, and finds no cycle in a sound plan', () => {
    const p = programme();
    const analysis = analyseDependencies(p.plan());
    expect(analysis.cycles).toEqual([]);
    expect([...analysis.criticalItems].sort()).toEqual([p.survey, p.review, p.build].sort());
    expect(analysis.criticalItems.has(p.side)).toBe(false);
    expect([...analysis.criticalLinks].sort()).toEqual([p.first, p.second].sort());
    expect([...analysis.crossingLinks]).toEqual([p.second]);
  });

  it('names the items of a cycle and marks every arrow in it', () => {
    const p = programme();
    const back = idOf(createDependency(p.doc, p.build, p.survey));
    const analysis = analyseDependencies(p.plan());
    expect(analysis.cycles).toHaveLength(1);
    expect([...analysis.cycleLinks].sort()).toEqual([p.first, p.second, back].sort());
    const text = describeCycle(analysis.cycles[0]!);
    for (const name of ['Survey families', 'Survey review', 'Build booking pilot']) expect(text).toContain(name);
    expect(text.split(' → ')).toHaveLength(4);
    expect(analysis.criticalItems.size).toBe(0);
  });

  it('calls an unnamed step "(untitled)"', () => {
    expect(describeCycle([{ id: 'a', name: '' }, { id: 'b', name: 'Plan' }])).toBe('(untitled) → Plan → (untitled)');
  });
});
