import type * as Y from 'yjs';
import { integratedPlanningTemplate } from './integrated-planning.ts';
import { partnershipPlanTemplate } from './partnership-plan.ts';
import { programmeSetupTemplate } from './programme-setup.ts';
import { TemplateBuilder } from './template-builder.ts';

export const TEMPLATE_IDS = ['blank', 'partnership-plan', 'programme-setup', 'integrated-planning'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** What a person choosing a template reads. */
export const TEMPLATE_INFO: Record<TemplateId, { label: string; description: string }> = {
  blank: { label: 'Blank', description: 'An empty board.' },
  'partnership-plan': {
    label: 'Partnership plan workshop',
    description: 'The eight questions of a partnership plan with prompts, and a starter stakeholder map.',
  },
  'programme-setup': {
    label: 'Programme set-up',
    description: 'Workstreams across the five phases, milestones with owners, a leading and lagging KPI pair and a starter risk register.',
  },
  'integrated-planning': {
    label: 'Integrated planning',
    description: 'The seven steps of integrated planning, from “where are we now?” to enabling decisions, as a linked sequence.',
  },
};

const FILL: Record<TemplateId, ((builder: TemplateBuilder) => void) | null> = {
  blank: null,
  'partnership-plan': partnershipPlanTemplate,
  'programme-setup': programmeSetupTemplate,
  'integrated-planning': integratedPlanningTemplate,
};

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** Fills a new board with a template's content in one transaction; dates count from `today` (YYYY-MM-DD). */
export function applyTemplate(doc: Y.Doc, template: TemplateId, today: string): void {
  const fill = FILL[template];
  if (fill) doc.transact(() => fill(new TemplateBuilder(doc, today)));
}
