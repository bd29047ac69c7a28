import type { DependencyKind } from '../links/dependency.ts';
import type { Plan } from '../model/plan.ts';

export interface DependencyEdge {
  /** The id of the dependency link. */
  id: string;
  from: string;
  to: string;
  kind: DependencyKind;
}

export function dependencyEdges(plan: Plan): DependencyEdge[] {
  const edges: DependencyEdge[] = [];
  for (const [id, link] of plan.links) {
    if (link.type === 'dependency') edges.push({ id, from: link.from, to: link.to, kind: link.kind });
  }
  return edges;
}

/** Numbers the given vertices in sorted order and lists each one's successors, for the graph algorithms. */
export function indexGraph(vertices: Iterable<string>, edges: readonly DependencyEdge[]) {
  const ids = [...new Set(vertices)].sort();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const successors = ids.map(() => new Set<number>());
  for (const edge of edges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from !== undefined && to !== undefined) successors[from]!.add(to);
  }
  return { ids, adjacency: successors.map((set) => [...set].sort((a, b) => a - b)) };
}
