import {
  criticalPath, crossOrganisationDependencies, dependencyCycles, DEPENDENCY_TYPE, type DependencyCycle, type Plan,
} from '@roundtable/shared';

/** What the dependency graph highlights, as sets of entity and link ids. */
export interface GraphAnalysis {
  cycles: DependencyCycle[];
  /** More cycles exist than were reported. */
  capped: boolean;
  cycleLinks: ReadonlySet<string>;
  criticalItems: ReadonlySet<string>;
  criticalLinks: ReadonlySet<string>;
  /** Dependencies handing work from one organisation to another. */
  crossingLinks: ReadonlySet<string>;
}

/** The dependency link ids keyed "from→to". */
function linkIndex(plan: Plan): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [id, link] of plan.links) {
    if (link.type !== DEPENDENCY_TYPE) continue;
    const key = `${link.from}→${link.to}`;
    index.set(key, [...(index.get(key) ?? []), id]);
  }
  return index;
}

function linksAlong(index: Map<string, string[]>, steps: readonly string[], closed: boolean): string[] {
  const ids: string[] = [];
  const last = closed ? steps.length : steps.length - 1;
  for (let i = 0; i < last; i++) ids.push(...(index.get(`${steps[i]}→${steps[(i + 1) % steps.length]}`) ?? []));
  return ids;
}

export function analyseDependencies(plan: Plan): GraphAnalysis {
  const index = linkIndex(plan);
  const { cycles, capped } = dependencyCycles(plan);
  const cycleLinks = new Set(cycles.flatMap((cycle) => linksAlong(index, cycle.map((step) => step.id), true)));
  const critical = criticalPath(plan);
  const paths = critical.ok ? critical.paths : [];
  const criticalItems = new Set(paths.flat());
  const criticalLinks = new Set(paths.flatMap((path) => linksAlong(index, path, false)));
  const crossingLinks = new Set(crossOrganisationDependencies(plan).crossing.map((dependency) => dependency.link));
  return { cycles, capped, cycleLinks, criticalItems, criticalLinks, crossingLinks };
}

/** "A → B → A" for the warning; an unnamed step reads as "(untitled)". */
export function describeCycle(cycle: DependencyCycle): string {
  const names = cycle.map((step) => step.name.trim() || '(untitled)');
  return [...names, names[0]].join(' → ');
}
