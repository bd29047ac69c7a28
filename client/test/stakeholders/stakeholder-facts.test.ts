import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createOrganisation, createStakeholder, deleteEntities, readPlan } from '@roundtable/shared';
import { gapText, NO_ORGANISATION, organisations, stakeholderRows } from '../../src/views/stakeholders/stakeholder-facts.ts';

function board() {
  const doc = new Y.Doc();
  const id = (result: { ok: boolean; id?: string }) => {
    if (!result.ok || !result.id) throw new Error('could not create');
    return result.id;
  };
  const trust = id(createOrganisation(doc, { name: 'Riverside NHS Trust', color: 'teal' }));
  const council = id(createOrganisation(doc, { name: 'Ashby Council', color: 'purple' }));
  const nurse = id(createStakeholder(doc, { name: 'Director of Nursing', organisation: trust, sector: 'nhs-trust', power: 8, interest: 9 }));
  const carers = id(createStakeholder(doc, { name: 'Carers forum', sector: 'patient-carer-group', power: 2, interest: 8 }));
  const social = id(createStakeholder(doc, { name: 'Head of adult social care', organisation: council, sector: 'local-authority', power: 7, interest: 3 }));
  return { doc, trust, council, nurse, carers, social };
}

describe('stakeholder rows', () => {
  it('resolves each organisation and places each stakeholder in its quadrant', () => {
    const { doc, trust, nurse, carers, social } = board();
    const plan = readPlan(doc);
    const rows = new Map(stakeholderRows(plan).map((row) => [row.id, row]));
    expect(rows.size).toBe(3);
    expect(rows.get(nurse)).toMatchObject({ quadrant: 'manage-closely', organisation: { name: 'Riverside NHS Trust' } });
    expect(rows.get(nurse)!.organisation).toBe(plan.entities.get(trust));
    expect(rows.get(carers)).toMatchObject({ quadrant: 'keep-informed', organisation: undefined });
    expect(rows.get(social)!.quadrant).toBe('keep-satisfied');
  });

  it('filters by organisation, by no organisation and by sector', () => {
    const { doc, trust, nurse, carers, social } = board();
    const plan = readPlan(doc);
    const ids = (organisation: string, sector: 'all' | 'nhs-trust' | 'local-authority') =>
      stakeholderRows(plan, { organisation, sector }).map((row) => row.id).sort();
    expect(ids(trust, 'all')).toEqual([nurse]);
    expect(ids(NO_ORGANISATION, 'all')).toEqual([carers]);
    expect(ids('all', 'local-authority')).toEqual([social]);
    expect(ids(trust, 'local-authority')).toEqual([]);
  });

  it('treats a stakeholder whose organisation was deleted as having none', () => {
    const { doc, trust, nurse, carers } = board();
    deleteEntities(doc, [trust]);
    const plan = readPlan(doc);
    expect(stakeholderRows(plan).find((row) => row.id === nurse)!.organisation).toBeUndefined();
    expect(stakeholderRows(plan, { organisation: NO_ORGANISATION, sector: 'all' }).map((row) => row.id).sort()).toEqual([carers, nurse].sort());
  });

  it('lists organisations by name', () => {
    const { doc } = board();
    expect(organisations(readPlan(doc)).map((o) => o.organisation.name)).toEqual(['Ashby Council', 'Riverside NHS Trust']);
  });
});

describe('engagement gap text', () => {
  it('says how many steps and from where to where, or nothing when there is no gap', () => {
    expect(gapText({ currentEngagement: 'consult', desiredEngagement: 'collaborate' })).toBe('gap +2: consult → collaborate');
    expect(gapText({ currentEngagement: 'empower', desiredEngagement: 'involve' })).toBe('gap −2: empower → involve');
    expect(gapText({ currentEngagement: 'inform', desiredEngagement: 'inform' })).toBeNull();
  });
});
