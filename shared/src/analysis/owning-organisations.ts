import { resolve, type Plan } from '../model/plan.ts';

/**
 * The organisations that own each workstream, milestone and activity. A workstream or activity is owned by
 * the organisations of the stakeholders linked to it by an `involvement` with role `owner`; a milestone, or
 * an activity without such an owner, takes its workstream's. Items with no known owner are absent.
 */
export function owningOrganisations(plan: Plan): Map<string, ReadonlySet<string>> {
  const direct = new Map<string, Set<string>>();
  for (const link of plan.links.values()) {
    if (link.type !== 'involvement' || link.role !== 'owner') continue;
    const organisation = resolve(plan, link.from, 'stakeholder')?.organisation;
    if (!resolve(plan, organisation, 'organisation')) continue;
    direct.set(link.to, (direct.get(link.to) ?? new Set()).add(organisation!));
  }
  const owners = new Map<string, ReadonlySet<string>>();
  for (const [id, entity] of plan.entities) {
    if (entity.type !== 'workstream' && entity.type !== 'milestone' && entity.type !== 'activity') continue;
    const parent = entity.type !== 'workstream' && resolve(plan, entity.workstream, 'workstream') ? entity.workstream : null;
    const found = direct.get(id) ?? (parent ? direct.get(parent) : undefined);
    if (found) owners.set(id, found);
  }
  return owners;
}
