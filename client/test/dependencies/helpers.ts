import * as Y from 'yjs';
import {
  createActivity, createDependency, createInvolvement, createMilestone, createOrganisation, createStakeholder, createWorkstream,
  readPlan, type WriteResult,
} from '@roundtable/shared';

export function idOf(result: WriteResult): string {
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.id;
}

/** A small programme: two workstreams owned by different organisations, dated work and a chain of dependencies. */
export function programme() {
  const doc = new Y.Doc();
  const trust = idOf(createOrganisation(doc, { name: 'Riverside NHS Trust' }));
  const council = idOf(createOrganisation(doc, { name: 'Northshire Council' }));
  const engagement = idOf(createWorkstream(doc, { name: 'Engagement', phase: 'design' }));
  const pilot = idOf(createWorkstream(doc, { name: 'Pilot', color: 'purple' }));
  const nurse = idOf(createStakeholder(doc, { name: 'Director of Nursing', organisation: trust }));
  const officer = idOf(createStakeholder(doc, { name: 'Head of Service', organisation: council }));
  idOf(createInvolvement(doc, nurse, engagement, { role: 'owner' }));
  idOf(createInvolvement(doc, officer, pilot, { role: 'owner' }));
  const survey = idOf(createActivity(doc, { title: 'Survey families', workstream: engagement, start: '2026-01-05', end: '2026-02-02' }));
  const review = idOf(createMilestone(doc, { title: 'Survey review', workstream: engagement, due: '2026-02-02' }));
  const build = idOf(createActivity(doc, { title: 'Build booking pilot', workstream: pilot, start: '2026-02-02', end: '2026-03-02' }));
  const side = idOf(createActivity(doc, { title: 'Print leaflets', workstream: engagement, start: '2026-01-05', end: '2026-01-09' }));
  const first = idOf(createDependency(doc, survey, review));
  const second = idOf(createDependency(doc, review, build));
  const plan = () => readPlan(doc);
  return { doc, plan, trust, council, engagement, pilot, survey, review, build, side, first, second };
}
