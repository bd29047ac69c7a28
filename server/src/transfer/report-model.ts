import {
  ATTITUDE_LABELS, criticalPath, dependencyCycles, engagementGap, entityName, kpiRagAt, PLAN_QUESTIONS, QUADRANT_LABELS, QUADRANTS,
  RAG_LABELS, resolve, RISK_RAG_LABELS, riskRag, riskScore, stakeholderQuadrant, type Entity, type Plan,
} from '@roundtable/shared';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface ReportSection {
  heading: string;
  blocks: Block[];
}

export interface Report {
  title: string;
  date: string;
  sections: ReportSection[];
}

/** Where each entity sits in the partnership plan view (`layouts.plan`). */
export type PlanPlacement = ReadonlyMap<string, { section: number; order: number }>;

const none = (text: string): Block => ({ kind: 'paragraph', text });
const list = (items: string[], empty: string): Block => (items.length ? { kind: 'list', items } : none(empty));
const all = <T extends Entity['type']>(plan: Plan, type: T) =>
  [...plan.entities.values()].filter((e): e is Extract<Entity, { type: T }> => e.type === type);
const nameOf = (entity: Entity | undefined) => (entity ? entityName(entity) : '');

function planItems(plan: Plan, placement: PlanPlacement, section: number): string[] {
  return [...placement]
    .filter(([id, place]) => place.section === section && plan.entities.has(id))
    .sort(([, a], [, b]) => a.order - b.order)
    .map(([id]) => {
      const entity = plan.entities.get(id)!;
      return entity.type === 'note' ? entity.text : `${nameOf(entity)} (${entity.type})`;
    });
}

function stakeholderSections(plan: Plan): Block[] {
  const people = all(plan, 'stakeholder');
  return QUADRANTS.map((quadrant) => {
    const items = people
      .filter((s) => stakeholderQuadrant(s) === quadrant)
      .map((s) => {
        const organisation = nameOf(resolve(plan, s.organisation, 'organisation'));
        const gap = engagementGap(s);
        return `${s.name}${organisation ? ` — ${organisation}` : ''} (${ATTITUDE_LABELS[s.attitude]}${gap > 0 ? `; engagement gap +${gap}` : ''})`;
      });
    return { kind: 'table', header: [QUADRANT_LABELS[quadrant]], rows: items.length ? items.map((i) => [i]) : [['Nobody yet']] };
  });
}

function workstreamBlocks(plan: Plan): Block[] {
  const milestones = all(plan, 'milestone');
  const rows = all(plan, 'workstream').flatMap((w) => {
    const own = milestones.filter((m) => resolve(plan, m.workstream, 'workstream') === w).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
    return own.length
      ? own.map((m) => [w.name, m.title, m.due ?? 'no date', m.owner || 'no owner', m.status])
      : [[w.name, 'No milestones yet', '', w.owner || 'no owner', '']];
  });
  return rows.length ? [{ kind: 'table', header: ['Workstream', 'Milestone', 'Due', 'Owner', 'Status'], rows }] : [none('No workstreams yet.')];
}

function dependencyBlocks(plan: Plan): Block[] {
  const { cycles } = dependencyCycles(plan);
  const blocks: Block[] = [list(cycles.map((c) => c.map((step) => step.name).join(' → ') + ' → ' + c[0]!.name), 'No dependency cycles.')];
  const path = criticalPath(plan);
  if (path.ok && path.paths.length > 0) {
    blocks.push(none('Critical path (no slack: any delay moves the finish date):'));
    blocks.push(list(path.paths.map((p) => p.map((id) => nameOf(plan.entities.get(id))).join(' → ')), ''));
  } else if (!path.ok) blocks.push(none('No critical path while dependencies form a cycle.'));
  return blocks;
}

function riskBlocks(plan: Plan): Block[] {
  const rows = all(plan, 'risk')
    .sort((a, b) => riskScore(b) - riskScore(a))
    .map((r) => [r.title, String(r.likelihood), String(r.impact), String(riskScore(r)), RISK_RAG_LABELS[riskRag(riskScore(r))], r.owner, r.mitigation]);
  return rows.length ? [{ kind: 'table', header: ['Risk', 'Likelihood', 'Impact', 'Score', 'Rating', 'Owner', 'Mitigation'], rows }] : [none('No risks recorded.')];
}

function kpiBlocks(plan: Plan, today: string): Block[] {
  const rows = all(plan, 'kpi').map((k) => {
    const status = kpiRagAt(k, plan, today);
    const value = (n: number | null) => (n === null ? '—' : `${n}${k.unit ? ` ${k.unit}` : ''}`);
    return [k.name, k.kind, value(k.baseline), value(k.target), value(k.current), status.rag ? RAG_LABELS[status.rag] : 'Not judged yet', k.owner];
  });
  return rows.length ? [{ kind: 'table', header: ['KPI', 'Kind', 'Baseline', 'Target', 'Current', 'Today', 'Owner'], rows }] : [none('No KPIs yet.')];
}

/** The partnership-plan report of a board, as data; rendered to Markdown and HTML. */
export function buildReport(plan: Plan, placement: PlanPlacement, title: string, today: string): Report {
  return {
    title,
    date: today,
    sections: [
      { heading: 'Objectives', blocks: [list(planItems(plan, placement, 1), 'No objectives written yet.')] },
      ...PLAN_QUESTIONS.map(({ section, question }) => ({
        heading: `${section}. ${question}`,
        blocks: [list(planItems(plan, placement, section), 'Nothing written yet.')],
      })),
      { heading: 'Stakeholders by quadrant', blocks: stakeholderSections(plan) },
      { heading: 'Workstreams, milestones and owners', blocks: workstreamBlocks(plan) },
      { heading: 'Dependencies', blocks: dependencyBlocks(plan) },
      { heading: 'Risks by score', blocks: riskBlocks(plan) },
      { heading: 'KPIs', blocks: kpiBlocks(plan, today) },
    ],
  };
}
