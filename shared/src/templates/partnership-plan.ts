import type { TemplateBuilder } from './template-builder.ts';

/** "Partnership plan workshop": the eight questions with prompts, and a starter stakeholder map. */
export function partnershipPlanTemplate(t: TemplateBuilder): void {
  const icb = t.entity('organisation', { name: 'Integrated care board', color: 'blue' });
  const council = t.entity('organisation', { name: 'Borough council', color: 'teal' });
  const trust = t.entity('organisation', { name: 'Community health NHS trust', color: 'green' });
  const charity = t.entity('organisation', { name: 'Local voluntary sector partner', color: 'orange' });
  const carers = t.entity('organisation', { name: 'Carers’ forum', color: 'pink' });

  const stakeholders = [
    { name: 'Director of strategy', organisation: icb, sector: 'icb', power: 9, interest: 7, attitude: 'champion', currentEngagement: 'consult', desiredEngagement: 'collaborate' },
    { name: 'Head of adult social care', organisation: council, sector: 'local-authority', power: 8, interest: 6, attitude: 'supporter', currentEngagement: 'inform', desiredEngagement: 'collaborate' },
    { name: 'Community nursing team leads', organisation: trust, sector: 'nhs-trust', power: 5, interest: 8, attitude: 'neutral', currentEngagement: 'consult', desiredEngagement: 'involve' },
    { name: 'Volunteer coordinator', organisation: charity, sector: 'voluntary-sector', power: 3, interest: 8, attitude: 'supporter', currentEngagement: 'inform', desiredEngagement: 'involve' },
    { name: 'Carers’ forum chair', organisation: carers, sector: 'patient-carer-group', power: 4, interest: 9, attitude: 'champion', currentEngagement: 'consult', desiredEngagement: 'collaborate' },
    { name: 'Finance lead', organisation: icb, sector: 'icb', power: 8, interest: 3, attitude: 'sceptic', currentEngagement: 'inform', desiredEngagement: 'consult' },
    { name: 'GP practice managers', organisation: null, sector: 'other', power: 3, interest: 3, attitude: 'neutral', currentEngagement: 'inform', desiredEngagement: 'consult' },
  ].map((fields) => t.entity('stakeholder', { ...fields, role: '', contactOwner: '', notes: '' }));

  t.planNote(1, 'Write the one change people using services would notice first — and why working in partnership helps get there.');
  t.planNote(2, 'Who is affected, and who holds the levers? Staff, patients, carers, colleagues in partner organisations.');
  for (const id of stakeholders.slice(0, 5)) t.inPlan(2, id);
  t.planNote(3, 'How will we reach them? A survey to consult, or co-design as equal partners? Plan for the groups that are hardest to reach, not only the easiest.');
  t.planNote(4, 'Which tools fit: focus groups, surveys, co-design sessions, drop-ins, online boards?');
  t.planNote(5, 'What we need: materials, funding, people’s time, venues, interpreters and translators.');
  t.planNote(6, 'How will we know the engagement itself is working? Agree two or three signs to check at each meeting.');
  t.planNote(7, 'How and when we share what is changing and what we are learning — with each organisation and back to patient and carer partners.');
  t.planNote(8, 'Which relationships should outlast this project, and who will look after them?');
}
