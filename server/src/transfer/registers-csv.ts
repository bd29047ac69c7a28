import {
  engagementGap, entityName, QUADRANT_LABELS, resolve, RISK_RAG_LABELS, RISK_STATUS_LABELS, riskRag, riskScore,
  stakeholderQuadrant, type Plan, type Risk, type Stakeholder,
} from '@roundtable/shared';
import { toCsv } from './csv-cells.ts';
import { STAKEHOLDER_COLUMNS } from './stakeholder-columns.ts';

/** The name of a referenced entity, or '' when the reference is unset or dangling. */
function nameOf(entity: Parameters<typeof entityName>[0] | undefined): string {
  return entity ? entityName(entity) : '';
}

function ofType<T extends Plan['entities'] extends ReadonlyMap<string, infer E> ? E : never>(plan: Plan, type: string): [string, T][] {
  return [...plan.entities].filter(([, entity]) => entity.type === type) as [string, T][];
}

/** The stakeholder register: one row per stakeholder, in name order, with its quadrant and engagement gap. */
export function stakeholdersCsv(plan: Plan): string {
  const rows = ofType<Stakeholder>(plan, 'stakeholder')
    .sort(([, a], [, b]) => a.name.localeCompare(b.name))
    .map(([id, s]) => [
      id,
      ...STAKEHOLDER_COLUMNS.map((column) => {
        if (column.field === 'organisation') return nameOf(resolve(plan, s.organisation, 'organisation'));
        const value = s[column.field];
        return column.labels && typeof value === 'string' ? (column.labels[value] ?? value) : value;
      }),
      QUADRANT_LABELS[stakeholderQuadrant(s)],
      engagementGap(s),
    ]);
  return toCsv(['Id', ...STAKEHOLDER_COLUMNS.map((c) => c.heading), 'Quadrant', 'Engagement gap'], rows);
}

/** The risk register: one row per risk, highest score first. */
export function risksCsv(plan: Plan): string {
  const rows = ofType<Risk>(plan, 'risk')
    .sort(([, a], [, b]) => riskScore(b) - riskScore(a) || a.title.localeCompare(b.title))
    .map(([id, r]) => [
      id, r.title, r.likelihood, r.impact, riskScore(r), RISK_RAG_LABELS[riskRag(riskScore(r))], r.owner, r.mitigation,
      RISK_STATUS_LABELS[r.status] ?? r.status, nameOf(resolve(plan, r.workstream, 'workstream')),
    ]);
  return toCsv(['Id', 'Title', 'Likelihood', 'Impact', 'Score', 'Rating', 'Owner', 'Mitigation', 'Status', 'Workstream'], rows);
}
