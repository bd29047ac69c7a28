import type { TemplateBuilder } from './template-builder.ts';

const STEPS: readonly [string, string][] = [
  ['Where are we now?', 'Gather data on today’s services; judge them against patient care, health outcomes and cost; hear from stakeholders.'],
  ['Where do we want to be?', 'A vision with goals at population, place and service level, benchmarked targets, and the local and national priorities that apply.'],
  ['Aligning resources and capacity', 'Map money, workforce and capacity, line them up with the goals, and agree how performance will be measured.'],
  ['Identifying gaps and needs', 'Compare current performance with the goals and assess what people need.'],
  ['Modelling impacts', 'Estimate the impact of each proposed initiative and assess its risks and mitigations.'],
  ['Scenario modelling', 'Test plans against internal factors (workforce, demand) and external ones (policy, economy, technology); name the drivers and enablers.'],
  ['Enabling decision-making', 'Connect resource management, give decision makers dashboards they trust, and keep stakeholders involved.'],
];

/** "Integrated planning": the seven steps as a linked sequence of milestones, and as prompts on the canvas. */
export function integratedPlanningTemplate(t: TemplateBuilder): void {
  const cycle = t.entity('workstream', { name: 'Integrated planning cycle', owner: 'Head of planning', phase: 'design', color: 'blue' });
  const milestones = STEPS.map(([title], i) =>
    t.entity('milestone', { title: `${i + 1}. ${title}`, workstream: cycle, due: t.date(21 * (i + 1)), owner: 'Head of planning', status: 'planned' }),
  );
  t.chain(milestones);
  const notes = STEPS.map(([title, prompt], i) => t.canvasNote(i * 240, (i % 2) * 160, `${i + 1}. ${title}\n${prompt}`, i % 2 ? 'blue' : 'yellow'));
  for (let i = 1; i < notes.length; i++) t.connect(notes[i - 1]!, notes[i]!);
}
