import {
  ENGAGEMENT_LABELS, engagementGap, ORGANISATION_TYPE, resolve, STAKEHOLDER_TYPE, stakeholderQuadrant,
  type Organisation, type Plan, type Quadrant, type Sector, type Stakeholder,
} from '@roundtable/shared';

/** A stakeholder as the map and the register show it: the record plus what is derived from the plan. */
export interface StakeholderRow {
  id: string;
  stakeholder: Stakeholder;
  /** Undefined when none is set or the reference dangles (a concurrent delete). */
  organisation: Organisation | undefined;
  quadrant: Quadrant;
}

/** Local filter of the view: an organisation id, `none` (no organisation) or `all`; a sector or `all`. */
export interface StakeholderFilter {
  organisation: string;
  sector: Sector | 'all';
}

export const NO_FILTER: StakeholderFilter = { organisation: 'all', sector: 'all' };
export const NO_ORGANISATION = 'none';

export function stakeholderRows(plan: Plan, filter: StakeholderFilter = NO_FILTER): StakeholderRow[] {
  const rows: StakeholderRow[] = [];
  for (const [id, entity] of plan.entities) {
    if (entity.type !== STAKEHOLDER_TYPE) continue;
    const organisation = resolve(plan, entity.organisation, ORGANISATION_TYPE);
    if (!matches(entity, organisation ? entity.organisation : null, filter)) continue;
    rows.push({ id, stakeholder: entity, organisation, quadrant: stakeholderQuadrant(entity) });
  }
  return rows;
}

function matches(stakeholder: Stakeholder, organisationId: string | null, filter: StakeholderFilter): boolean {
  if (filter.sector !== 'all' && stakeholder.sector !== filter.sector) return false;
  if (filter.organisation === 'all') return true;
  return filter.organisation === NO_ORGANISATION ? organisationId === null : organisationId === filter.organisation;
}

export function organisations(plan: Plan): { id: string; organisation: Organisation }[] {
  const result: { id: string; organisation: Organisation }[] = [];
  for (const [id, entity] of plan.entities) if (entity.type === ORGANISATION_TYPE) result.push({ id, organisation: entity });
  return result.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
}

/** "gap +2: consult → collaborate", or null when they are engaged as we want. */
export function gapText(stakeholder: Pick<Stakeholder, 'currentEngagement' | 'desiredEngagement'>): string | null {
  const gap = engagementGap(stakeholder);
  if (gap === 0) return null;
  const from = ENGAGEMENT_LABELS[stakeholder.currentEngagement].toLowerCase();
  const to = ENGAGEMENT_LABELS[stakeholder.desiredEngagement].toLowerCase();
  return `gap ${gap > 0 ? '+' : '−'}${Math.abs(gap)}: ${from} → ${to}`;
}

export function displayName(name: string, fallback = 'Unnamed stakeholder'): string {
  return name.trim() || fallback;
}
