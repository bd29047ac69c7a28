/**
 * The eight questions of a partnership plan, in order. The partnership plan view and the report number its
 * sections 1–8 after this list (`layouts.plan.<entityId>.section`).
 */
export const PLAN_QUESTIONS: readonly { section: number; question: string; hint: string }[] = [
  { section: 1, question: 'What are we hoping to achieve?', hint: 'The objectives, and how working in partnership helps reach them.' },
  { section: 2, question: 'Who do we need to work with or involve?', hint: 'Staff, patients, carers, colleagues in partner organisations.' },
  { section: 3, question: 'How are we going to find them?', hint: 'Consult (a survey, say) or co-design as partners; reach the most relevant groups, not just the easiest.' },
  { section: 4, question: 'Which tools shall we use?', hint: 'Focus groups, surveys, co-design sessions, drop-ins.' },
  { section: 5, question: 'What do we need to do this?', hint: 'Materials, funding, people’s time, venues, translators.' },
  { section: 6, question: 'How will we know this is working?', hint: 'How we evaluate the engagement itself.' },
  { section: 7, question: 'How will we share what is changing and what we are learning?', hint: 'With others, and back to patient partners.' },
  { section: 8, question: 'What is our plan beyond this project?', hint: 'Relationships that outlast it.' },
];

/** Where an entity sits in the partnership plan view: `layouts.plan.<entityId> = { section, order }`. */
export const PLAN_VIEW = 'plan';
