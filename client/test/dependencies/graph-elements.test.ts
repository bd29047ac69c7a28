import { describe, expect, it } from 'vitest';
import { createDependency, updateEntity } from '@roundtable/shared';
import { PlanStore } from '../../src/plan/plan-store.ts';
import { analyseDependencies } from '../../src/views/dependencies/graph-analysis.ts';
import { buildCards, buildEdges, scheduledIds } from '../../src/views/dependencies/graph-elements.ts';
import { elkPlaces } from '../../src/views/dependencies/elk-layout.ts';
import { recordMeasuredSizes, type Size } from '../../src/views/dependencies/card-sizes.ts';
import { idOf, programme } from './helpers.ts';

describe('graph elements', () => {
  it('shows only workstreams, milestones and activities, and rebuilds only the card that changed', () => {
    const p = programme();
    const ids = scheduledIds(p.plan());
    expect(ids).toHaveLength(6);
    const places = new Map(ids.map((id, i) => [id, { x: i * 10, y: 0 }]));
    const store = new PlanStore(p.doc);
    const plan = store.getSnapshot();
    const first = buildCards(ids, plan, places, analyseDependencies(plan), new Set(), true, new Map());
    expect(first.get(p.survey)!.data.color).toBe('teal');
    expect(first.get(p.build)!.data.critical).toBe(true);
    updateEntity(p.doc, p.side, { title: 'Print easy-read leaflets' });
    const next = store.getSnapshot();
    const second = buildCards(ids, next, places, analyseDependencies(next), new Set([p.review]), true, first);
    expect(second.get(p.survey)).toBe(first.get(p.survey));
    expect(second.get(p.side)).not.toBe(first.get(p.side));
    expect(second.get(p.review)!.selected).toBe(true);
  });

  it('keeps a moved card\'s data object, so its content does not re-render', () => {
    const p = programme();
    const ids = scheduledIds(p.plan());
    const plan = p.plan();
    const analysis = analyseDependencies(plan);
    const places = new Map(ids.map((id, i) => [id, { x: i * 10, y: 0 }]));
    const first = buildCards(ids, plan, places, analysis, new Set(), true, new Map());
    const moved = new Map(places).set(p.build, { x: 500, y: 40 });
    const second = buildCards(ids, plan, moved, analysis, new Set([p.build]), true, first);
    expect(second.get(p.build)).not.toBe(first.get(p.build));
    expect(second.get(p.build)!.position).toEqual({ x: 500, y: 40 });
    expect(second.get(p.build)!.data).toBe(first.get(p.build)!.data);
  });

  it('gives a rebuilt card the size React Flow measured, so it is not hidden and measured again', () => {
    const p = programme();
    const ids = scheduledIds(p.plan());
    const plan = p.plan();
    const analysis = analyseDependencies(plan);
    const places = new Map(ids.map((id, i) => [id, { x: i * 10, y: 0 }]));
    const sizes = new Map<string, Size>();
    const first = buildCards(ids, plan, places, analysis, new Set(), true, new Map(), sizes);
    expect(first.get(p.build)!.measured).toBeUndefined();
    recordMeasuredSizes(sizes, [
      { id: p.build, type: 'dimensions', dimensions: { width: 220, height: 96 } },
      { id: p.survey, type: 'select', selected: true },
    ]);
    const moved = new Map(places).set(p.build, { x: 500, y: 40 });
    const second = buildCards(ids, plan, moved, analysis, new Set(), true, first, sizes);
    expect(second.get(p.build)!.measured).toEqual({ width: 220, height: 96 });
    expect(second.get(p.survey)).toBe(first.get(p.survey));
    expect(sizes.has(p.survey)).toBe(false);
  });

  it('draws cycle arrows red with a label, crossing ones dashed with a label', () => {
    const p = programme();
    idOf(createDependency(p.doc, p.build, p.review));
    const plan = p.plan();
    const edges = buildEdges(plan, analyseDependencies(plan), new Set());
    const second = edges.find((edge) => edge.id === p.second)!;
    expect(second.className).toContain('dep-edge--cycle');
    expect(second.className).toContain('dep-edge--crossing');
    expect(second.label).toBe('Circular · Between organisations');
    expect(edges.find((edge) => edge.id === p.first)!.className).toBe('dep-edge');
  });

  it('lays out with elkjs from left to right along the dependencies', async () => {
    const places = await elkPlaces(['a', 'b', 'c'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'x', to: 'a' }]);
    expect(places.get('b')!.x).toBeGreaterThan(places.get('a')!.x);
    expect(places.get('c')!.x).toBeGreaterThan(places.get('b')!.x);
  });
});
