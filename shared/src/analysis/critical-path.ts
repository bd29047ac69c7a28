import { isoFromDayNumber } from '../model/dates.ts';
import type { Plan } from '../model/plan.ts';
import { cycleSteps, type DependencyCycle } from './dependency-cycles.ts';
import { dependencyEdges, indexGraph, type DependencyEdge } from './dependency-graph.ts';
import { elementaryCycles } from './elementary-cycles.ts';
import { datedItems, startOffset } from './schedule.ts';

/** Timing of one dated milestone or activity, in days from the project start. */
export interface ItemTiming {
  id: string;
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** Total slack: how many days the item can slip without moving the project finish. */
  slack: number;
  critical: boolean;
}

export type CriticalPathResult =
  | {
      ok: true;
      /** The earliest planned start, day 0 of every timing; null when nothing is dated. */
      projectStart: string | null;
      projectFinish: string | null;
      items: ItemTiming[];
      /** Chains of critical items, each following dependencies that leave no slack, first to last. */
      paths: string[][];
      capped: boolean;
      /** Milestones and activities left out for want of usable dates. */
      undated: string[];
    }
  | { ok: false; code: 'cycle'; cycle: DependencyCycle; undated: string[] };

export const MAX_CRITICAL_PATHS = 100;

function byEnd(edges: readonly DependencyEdge[], end: 'from' | 'to') {
  const map = new Map<string, DependencyEdge[]>();
  for (const edge of edges) map.set(edge[end], [...(map.get(edge[end]) ?? []), edge]);
  return (id: string) => map.get(id) ?? [];
}

/** Kahn's order of the items, or undefined when dependencies among them form a cycle. */
function topologicalOrder(ids: readonly string[], edges: readonly DependencyEdge[]): string[] | undefined {
  const waiting = new Map(ids.map((id) => [id, 0]));
  for (const edge of edges) waiting.set(edge.to, waiting.get(edge.to)! + 1);
  const outgoing = byEnd(edges, 'from');
  const order = ids.filter((id) => waiting.get(id) === 0);
  for (let i = 0; i < order.length; i++) {
    for (const edge of outgoing(order[i]!)) {
      const left = waiting.get(edge.to)! - 1;
      waiting.set(edge.to, left);
      if (left === 0) order.push(edge.to);
    }
  }
  return order.length === ids.length ? order : undefined;
}

function enumeratePaths(starts: readonly string[], next: (id: string) => string[], limit: number) {
  const paths: string[][] = [];
  const stack = starts.map((id) => [id]).reverse();
  while (stack.length > 0 && paths.length <= limit) {
    const path = stack.pop()!;
    const successors = next(path[path.length - 1]!);
    if (successors.length === 0) paths.push(path);
    for (const id of [...successors].reverse()) stack.push([...path, id]);
  }
  return { paths: paths.slice(0, limit), capped: paths.length > limit };
}

/**
 * The critical path method over dated milestones and activities (undated ones are left out and listed).
 * Each item starts no earlier than its planned start nor than its dependencies allow (forward pass); the
 * backward pass from the project finish gives the latest dates; an item with no slack is critical.
 */
export function criticalPath(plan: Plan, limit = MAX_CRITICAL_PATHS): CriticalPathResult {
  const { spans, undated } = datedItems(plan);
  const ids = [...spans.keys()].sort();
  const edges = dependencyEdges(plan).filter((edge) => spans.has(edge.from) && spans.has(edge.to));
  const order = topologicalOrder(ids, edges);
  if (!order) {
    const graph = indexGraph(ids, edges);
    const [cycle = []] = elementaryCycles(graph.adjacency, 1).cycles;
    return { ok: false, code: 'cycle', cycle: cycleSteps(plan, cycle.map((i) => graph.ids[i]!)), undated };
  }
  const origin = Math.min(...[...spans.values()].map((span) => span.start));
  const duration = (id: string) => spans.get(id)!.finish - spans.get(id)!.start;
  const offset = (edge: DependencyEdge) => startOffset(edge.kind, duration(edge.from), duration(edge.to));
  const incoming = byEnd(edges, 'to');
  const outgoing = byEnd(edges, 'from');
  const early = new Map<string, number>();
  for (const id of order) {
    const planned = spans.get(id)!.start - origin;
    early.set(id, Math.max(planned, ...incoming(id).map((edge) => early.get(edge.from)! + offset(edge))));
  }
  const finish = Math.max(0, ...ids.map((id) => early.get(id)! + duration(id)));
  const late = new Map<string, number>();
  for (const id of [...order].reverse()) {
    late.set(id, Math.min(finish - duration(id), ...outgoing(id).map((edge) => late.get(edge.to)! - offset(edge))));
  }
  const critical = (id: string) => late.get(id) === early.get(id);
  const tight = (edge: DependencyEdge) =>
    critical(edge.from) && critical(edge.to) && early.get(edge.to) === early.get(edge.from)! + offset(edge);
  const items = ids.map((id): ItemTiming => {
    const [earlyStart, lateStart] = [early.get(id)!, late.get(id)!];
    const [earlyFinish, lateFinish] = [earlyStart + duration(id), lateStart + duration(id)];
    return { id, earlyStart, earlyFinish, lateStart, lateFinish, slack: lateStart - earlyStart, critical: critical(id) };
  });
  items.sort((a, b) => a.earlyStart - b.earlyStart || (a.id < b.id ? -1 : 1));
  const starts = items.filter((item) => item.critical && !incoming(item.id).some(tight)).map((item) => item.id);
  const next = (id: string) => outgoing(id).filter(tight).map((edge) => edge.to).sort();
  const isEmpty = ids.length === 0;
  return {
    ok: true,
    projectStart: isEmpty ? null : isoFromDayNumber(origin),
    projectFinish: isEmpty ? null : isoFromDayNumber(origin + finish),
    items,
    ...enumeratePaths(starts, next, limit),
    undated,
  };
}
