import { RISK_STATUS_LABELS, entityName, resolve, riskScore, type Plan, type Risk } from '@roundtable/shared';

export type RiskSortKey = 'title' | 'likelihood' | 'impact' | 'score' | 'owner' | 'mitigation' | 'status' | 'workstream';
export interface RiskSort {
  key: RiskSortKey;
  descending: boolean;
}

export const DEFAULT_RISK_SORT: RiskSort = { key: 'score', descending: true };

function sortValue(risk: Risk, key: RiskSortKey, plan: Plan): string | number {
  switch (key) {
    case 'score':
      return riskScore(risk);
    case 'likelihood':
    case 'impact':
      return risk[key];
    case 'status':
      return RISK_STATUS_LABELS[risk.status];
    case 'workstream': {
      const workstream = resolve(plan, risk.workstream, 'workstream');
      return workstream ? entityName(workstream) : '';
    }
    default:
      return risk[key].toLocaleLowerCase();
  }
}

/** The plan's risks as [id, risk] rows in the chosen order; ties fall back to title, then id, so rows stay put. */
export function sortedRisks(plan: Plan, sort: RiskSort): [string, Risk][] {
  const rows: [string, Risk][] = [];
  for (const [id, entity] of plan.entities) if (entity.type === 'risk') rows.push([id, entity]);
  const sign = sort.descending ? -1 : 1;
  return rows.sort(([aId, a], [bId, b]) => {
    const x = sortValue(a, sort.key, plan);
    const y = sortValue(b, sort.key, plan);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.title.localeCompare(b.title) || aId.localeCompare(bId);
  });
}

export function nextSort(current: RiskSort, key: RiskSortKey): RiskSort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key === 'score' || key === 'likelihood' || key === 'impact' };
}
