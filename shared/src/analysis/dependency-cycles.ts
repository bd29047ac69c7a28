import type { Plan } from '../model/plan.ts';
import { entityName } from '../model/registry.ts';
import { dependencyEdges, indexGraph } from './dependency-graph.ts';
import { elementaryCycles } from './elementary-cycles.ts';

export interface CycleStep {
  id: string;
  name: string;
}

/** A dependency cycle in order: each step must finish before the next, and the last before the first. */
export type DependencyCycle = CycleStep[];

export const MAX_REPORTED_CYCLES = 100;

/** Every elementary cycle of dependencies, up to `limit`; `capped` says there are more. */
export function dependencyCycles(plan: Plan, limit = MAX_REPORTED_CYCLES): { cycles: DependencyCycle[]; capped: boolean } {
  const edges = dependencyEdges(plan);
  const { ids, adjacency } = indexGraph(edges.flatMap((edge) => [edge.from, edge.to]), edges);
  const { cycles, capped } = elementaryCycles(adjacency, limit);
  return { cycles: cycles.map((cycle) => cycleSteps(plan, cycle.map((i) => ids[i]!))), capped };
}

export function cycleSteps(plan: Plan, ids: readonly string[]): DependencyCycle {
  return ids.map((id) => {
    const entity = plan.entities.get(id);
    return { id, name: entity ? entityName(entity) : '' };
  });
}
