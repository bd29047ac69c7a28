import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyTemplate, boardMaps, criticalPath, dependencyCycles, plainOf, readPlan, TEMPLATE_IDS, validateEntity, validateLink,
} from '../src/index.ts';

const TODAY = '2027-01-04';

function board(template: (typeof TEMPLATE_IDS)[number]): Y.Doc {
  const doc = new Y.Doc();
  applyTemplate(doc, template, TODAY);
  return doc;
}

const ofType = (doc: Y.Doc, type: string) => [...readPlan(doc).entities.values()].filter((e) => e.type === type);

describe('templates', () => {
  it.each(TEMPLATE_IDS.filter((id) => id !== 'blank'))('%s writes only entities and links that validate, without cycles', (id) => {
    const doc = board(id);
    const { entities, links } = boardMaps(doc);
    expect(entities.size).toBeGreaterThan(0);
    for (const entity of entities.values()) expect(validateEntity(plainOf(entity)).ok).toBe(true);
    for (const link of links.values()) expect(validateLink(plainOf(link), entities).ok).toBe(true);
    expect(readPlan(doc).links.size).toBe(links.size);
    expect(dependencyCycles(readPlan(doc)).cycles).toEqual([]);
    expect(criticalPath(readPlan(doc)).ok).toBe(true);
  });

  it('blank leaves the board empty', () => {
    const { entities, links, layouts } = boardMaps(board('blank'));
    expect([entities.size, links.size, layouts.size]).toEqual([0, 0, 0]);
  });

  it('partnership plan puts a prompt in each of the eight questions and people on the stakeholder map', () => {
    const doc = board('partnership-plan');
    const plan = boardMaps(doc).layouts.get('plan')!;
    const sections = new Set([...plan.values()].map((place) => place.get('section')));
    expect([...sections].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const stakeholders = ofType(doc, 'stakeholder');
    expect(stakeholders.length).toBeGreaterThanOrEqual(5);
    expect(stakeholders.some((s) => s.type === 'stakeholder' && s.sector === 'patient-carer-group')).toBe(true);
  });

  it('programme set-up covers all five phases, owns every milestone, pairs a leading and a lagging KPI and lists risks', () => {
    const doc = board('programme-setup');
    const phases = new Set(ofType(doc, 'workstream').map((w) => (w.type === 'workstream' ? w.phase : '')));
    expect([...phases].sort()).toEqual(['design', 'rollout', 'set-up', 'sustain', 'trial']);
    for (const m of ofType(doc, 'milestone')) expect(m.type === 'milestone' && m.owner && m.due && m.due > TODAY).toBeTruthy();
    const kinds = ofType(doc, 'kpi').map((k) => (k.type === 'kpi' ? k.kind : ''));
    expect(kinds.sort()).toEqual(['lagging', 'leading']);
    expect(ofType(doc, 'risk').length).toBeGreaterThanOrEqual(3);
  });

  it('integrated planning links the seven steps in order', () => {
    const doc = board('integrated-planning');
    const plan = readPlan(doc);
    const titleOf = (id: string) => { const e = plan.entities.get(id); return e?.type === 'milestone' ? e.title : ''; };
    const steps = [...plan.links.values()]
      .filter((link) => link.type === 'dependency')
      .map((link) => [titleOf(link.from).split('.')[0], titleOf(link.to).split('.')[0]]);
    expect(ofType(doc, 'milestone')).toHaveLength(7);
    expect(steps.sort()).toEqual([['1', '2'], ['2', '3'], ['3', '4'], ['4', '5'], ['5', '6'], ['6', '7']]);
    expect(boardMaps(doc).layouts.get('canvas')?.size).toBe(7);
  });
});
