import type { TemplateBuilder } from './template-builder.ts';

/**
 * "Programme set-up": a council SEND transformation programme across the five phases, with milestones and
 * owners, a leading/lagging KPI pair and a starter risk register.
 */
export function programmeSetupTemplate(t: TemplateBuilder): void {
  const council = t.entity('organisation', { name: 'Borough council — education', color: 'teal' });
  const icb = t.entity('organisation', { name: 'Integrated care board', color: 'blue' });
  const forum = t.entity('organisation', { name: 'Parent carer forum', color: 'pink' });

  const ws = (name: string, owner: string, phase: string, color: string) => t.entity('workstream', { name, owner, phase, color });
  const setUp = ws('Programme set-up and governance', 'Programme manager', 'set-up', 'grey');
  const transition = ws('Transition service design', 'Head of SEND services', 'design', 'teal');
  const pilot = ws('Mainstream inclusion pilot', 'Inclusion lead', 'trial', 'green');
  const rollout = ws('Borough-wide rollout', 'Assistant director, education', 'rollout', 'blue');
  const sustain = ws('Sustaining and learning', 'Programme manager', 'sustain', 'purple');

  const milestone = (title: string, workstream: string, due: number, owner: string) =>
    t.entity('milestone', { title, workstream, due: t.date(due), owner, status: 'planned' });
  const activity = (title: string, workstream: string, start: number, end: number, owner: string) =>
    t.entity('activity', { title, workstream, start: t.date(start), end: t.date(end), owner, status: 'not-started', progress: 0 });

  const terms = milestone('Programme board agrees terms of reference', setUp, 14, 'Programme manager');
  const baseline = activity('Baseline survey of families and schools', setUp, 15, 45, 'Programme analyst');
  const codesign = activity('Co-design workshops with parent carers', transition, 46, 80, 'Head of SEND services');
  const model = milestone('Transition service model signed off', transition, 90, 'Head of SEND services');
  const training = activity('Train SENCOs in the pilot schools', pilot, 91, 118, 'Inclusion lead');
  const pilotStart = milestone('Pilot starts in six schools (start of term)', pilot, 120, 'Inclusion lead');
  const runPilot = activity('Run the pilot', pilot, 120, 200, 'Inclusion lead');
  const evaluation = milestone('Pilot evaluation reported to programme board', pilot, 215, 'Programme analyst');
  const rolloutTraining = activity('Training for every secondary school', rollout, 216, 300, 'Assistant director, education');
  const rolledOut = milestone('Service live in all secondary schools', rollout, 305, 'Assistant director, education');
  const handover = milestone('Service handed over to business as usual', sustain, 420, 'Programme manager');
  t.chain([terms, baseline, codesign, model, training, pilotStart, runPilot, evaluation, rolloutTraining, rolledOut, handover]);

  const uptake = t.entity('kpi', {
    name: 'Uptake of the new transition service', kind: 'leading', unit: '%', baseline: 0, target: 60, current: null, owner: 'Head of SEND services',
    targets: [{ milestone: evaluation, value: 25 }, { milestone: rolledOut, value: 45 }, { milestone: handover, value: 60 }],
  });
  const supported = t.entity('kpi', {
    name: 'Children with SEND supported in their local mainstream school', kind: 'lagging', unit: 'children', baseline: 420, target: 520, current: null, owner: 'Assistant director, education',
    targets: [{ milestone: rolledOut, value: 470 }, { milestone: handover, value: 520 }],
  });
  t.link('measure', uptake, transition);
  t.link('measure', supported, rollout);

  const risk = (title: string, likelihood: number, impact: number, owner: string, mitigation: string, workstream: string) =>
    t.entity('risk', { title, likelihood, impact, owner, mitigation, status: 'open', workstream });
  const capacity = risk('Not enough educational psychology capacity to support the pilot schools', 4, 4, 'Head of SEND services', 'Fund two extra sessions a week in the resource plan; agree priorities at programme board.', pilot);
  const release = risk('Schools cannot release SENCOs for training', 3, 3, 'Inclusion lead', 'Offer training in twilight sessions and cover costs for the pilot schools.', pilot);
  const awareness = risk('Families do not hear about the new service', 3, 4, 'Programme manager', 'Communications plan written with the parent carer forum; information at every annual review.', transition);
  const funding = risk('Funding for rollout not confirmed', 2, 5, 'Assistant director, education', 'Business case to the council and ICB before the pilot evaluation.', rollout);
  t.link('mitigation', capacity, pilot);
  t.link('mitigation', release, pilotStart);
  t.link('mitigation', awareness, transition);
  t.link('mitigation', funding, rolledOut);

  const people = [
    { name: 'Assistant director, education', organisation: council, sector: 'local-authority', power: 9, interest: 8, attitude: 'champion' },
    { name: 'Designated clinical officer', organisation: icb, sector: 'icb', power: 6, interest: 7, attitude: 'supporter' },
    { name: 'Parent carer forum co-chairs', organisation: forum, sector: 'patient-carer-group', power: 5, interest: 10, attitude: 'supporter' },
  ].map((fields) => t.entity('stakeholder', { ...fields, currentEngagement: 'consult', desiredEngagement: 'collaborate' }));
  t.link('involvement', people[0]!, rollout, { role: 'owner' });
  t.link('involvement', people[1]!, transition, { role: 'contributor' });
  t.link('involvement', people[2]!, transition, { role: 'contributor' });
}
