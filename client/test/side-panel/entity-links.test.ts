import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createActivity, createDependency, createInvolvement, createKpi, createMeasure, createMitigation, createRisk,
  createStakeholder, createWorkstream, readPlan,
} from '@roundtable/shared';
import { linkGroups } from '../../src/side-panel/entity-links.ts';

const must = (result: { ok: boolean; id?: string }) => {
  if (!result.ok || !result.id) throw new Error('could not create');
  return result.id;
};

describe('side panel links', () => {
  it('names what a workstream depends on, what depends on it, who is involved, its risks and KPIs', () => {
    const doc = new Y.Doc();
    const design = must(createWorkstream(doc, { name: 'Service design' }));
    const recruit = must(createActivity(doc, { title: 'Recruit patient partners' }));
    const rollout = must(createWorkstream(doc, { name: 'Rollout' }));
    const lead = must(createStakeholder(doc, { name: 'Director of Nursing' }));
    const risk = must(createRisk(doc, { title: 'Staff shortages' }));
    const kpi = must(createKpi(doc, { name: 'Families using the service' }));
    must(createDependency(doc, recruit, design));
    must(createDependency(doc, design, rollout, { kind: 'start-to-start' }));
    must(createInvolvement(doc, lead, design, { role: 'owner' }));
    must(createMitigation(doc, risk, design));
    must(createMeasure(doc, kpi, design));

    const groups = linkGroups(readPlan(doc), design);
    expect(groups.map((g) => g.heading)).toEqual([
      'What it depends on', 'What depends on it', 'Who is involved', 'Risks it mitigates', 'KPIs',
    ]);
    expect(groups[0]!.items[0]).toMatchObject({ entityId: recruit, name: 'Recruit patient partners', typeLabel: 'Activity', detail: null });
    expect(groups[1]!.items[0]).toMatchObject({ entityId: rollout, detail: 'Start before the next starts' });
    expect(groups[2]!.items[0]).toMatchObject({ name: 'Director of Nursing', typeLabel: 'Stakeholder', detail: 'Owner' });

    const stakeholderGroups = linkGroups(readPlan(doc), lead);
    expect(stakeholderGroups).toEqual([{ heading: 'Involved in', items: [expect.objectContaining({ name: 'Service design' })] }]);
    expect(linkGroups(readPlan(doc), risk)[0]).toMatchObject({ heading: 'Mitigated by' });
  });
});
