import { PLAN_QUESTIONS as QUESTIONS, type EntityType } from '@roundtable/shared';

export interface PlanQuestion {
  section: number;
  question: string;
  help: string;
  /** Which kinds of card can be referenced here. */
  referenceTypes: readonly EntityType[];
}

/** Beyond workstreams (which fit anywhere), the cards each question naturally refers to. */
const REFERENCES: Record<number, readonly EntityType[]> = {
  2: ['stakeholder', 'organisation', 'workstream'],
  6: ['kpi', 'workstream'],
};

/** The eight questions (wording shared with the server's report), with what each may refer to. */
export const PLAN_QUESTIONS: readonly PlanQuestion[] = QUESTIONS.map(({ section, question, hint }) => ({
  section,
  question,
  help: hint,
  referenceTypes: REFERENCES[section] ?? ['workstream'],
}));
