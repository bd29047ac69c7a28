import type { DependencyKind } from '../links/dependency.ts';
import type { Plan } from '../model/plan.ts';
import { dependencyEdges } from './dependency-graph.ts';
import { datedItems, startOffset } from './schedule.ts';

export interface LateDependency {
  /** The id of the dependency link. */
  link: string;
  from: string;
  to: string;
  kind: DependencyKind;
  /** How many days `to` would have to move later (or `from` earlier) for the plan to hold. */
  daysLate: number;
}

/**
 * Dependencies the planned dates break: for the default kind, `from` finishes after `to` starts. Finishing
 * on the day the next item starts is on time. Ends without usable dates are skipped.
 */
export function lateDependencies(plan: Plan): LateDependency[] {
  const { spans } = datedItems(plan);
  const late: LateDependency[] = [];
  for (const edge of dependencyEdges(plan)) {
    const from = spans.get(edge.from);
    const to = spans.get(edge.to);
    if (!from || !to) continue;
    const earliest = from.start + startOffset(edge.kind, from.finish - from.start, to.finish - to.start);
    if (earliest > to.start) late.push({ link: edge.id, from: edge.from, to: edge.to, kind: edge.kind, daysLate: earliest - to.start });
  }
  return late;
}
