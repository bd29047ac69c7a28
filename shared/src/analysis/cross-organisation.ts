import type { Plan } from '../model/plan.ts';
import { dependencyEdges } from './dependency-graph.ts';
import { owningOrganisations } from './owning-organisations.ts';

export interface CrossOrganisationDependency {
  /** The id of the dependency link. */
  link: string;
  from: string;
  to: string;
  fromOrganisations: string[];
  toOrganisations: string[];
}

/**
 * Dependencies that hand work from one organisation to another: both ends have owning organisations (see
 * owningOrganisations) and no organisation owns both. `unknown` lists dependencies with an end of unknown
 * ownership, which cannot be judged.
 */
export function crossOrganisationDependencies(plan: Plan): { crossing: CrossOrganisationDependency[]; unknown: string[] } {
  const owners = owningOrganisations(plan);
  const crossing: CrossOrganisationDependency[] = [];
  const unknown: string[] = [];
  for (const edge of dependencyEdges(plan)) {
    const from = owners.get(edge.from);
    const to = owners.get(edge.to);
    if (!from || !to) unknown.push(edge.id);
    else if (![...from].some((organisation) => to.has(organisation))) {
      crossing.push({ link: edge.id, from: edge.from, to: edge.to, fromOrganisations: [...from].sort(), toOrganisations: [...to].sort() });
    }
  }
  return { crossing, unknown };
}
