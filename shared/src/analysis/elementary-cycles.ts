/** Directed graph over vertices 0..n-1: successors of each vertex, ascending, without duplicates. */
export type Adjacency = readonly (readonly number[])[];

/** Strongly connected components (Tarjan, iterative) of the subgraph induced by `allowed`. */
function components(adjacency: Adjacency, allowed: ReadonlySet<number>): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const result: number[][] = [];
  const visit = (v: number) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
  };
  for (const root of [...allowed].sort((a, b) => a - b)) {
    if (index.has(root)) continue;
    visit(root);
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, next] = frame;
      const w = adjacency[v]![next];
      if (w !== undefined) {
        frame[1] = next + 1;
        if (!allowed.has(w)) continue;
        if (!index.has(w)) {
          visit(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(v)!));
      if (low.get(v) !== index.get(v)) continue;
      const component: number[] = [];
      let u: number;
      do {
        u = stack.pop()!;
        onStack.delete(u);
        component.push(u);
      } while (u !== v);
      result.push(component);
    }
  }
  return result;
}

/**
 * Every elementary cycle of a directed graph (Johnson 1975, in the iterative form networkx uses), each
 * starting at its lowest vertex, self-loops first. Stops after `limit` cycles and says so: a dense graph
 * can have exponentially many.
 */
export function elementaryCycles(adjacency: Adjacency, limit: number): { cycles: number[][]; capped: boolean } {
  const cycles: number[][] = [];
  adjacency.forEach((successors, v) => {
    if (successors.includes(v)) cycles.push([v]);
  });
  // Looking for one cycle past the limit tells whether the list is complete.
  const capped = () => ({ cycles: cycles.slice(0, limit), capped: true });
  if (cycles.length > limit) return capped();
  const cyclic = (component: number[]) => component.length > 1;
  const all = new Set(adjacency.keys());
  const queue = components(adjacency, all).filter(cyclic);
  while (queue.length > 0) {
    queue.sort((a, b) => Math.min(...b) - Math.min(...a));
    const component = new Set(queue.pop()!);
    const start = Math.min(...component);
    const successors = (v: number) => adjacency[v]!.filter((w) => w !== v && component.has(w));
    const blocked = new Set<number>([start]);
    const closed = new Set<number>();
    const blockedBy = new Map<number, Set<number>>();
    const path = [start];
    const stack: [number, number[]][] = [[start, successors(start).reverse()]];
    while (stack.length > 0) {
      const [v, pending] = stack[stack.length - 1]!;
      const w = pending.pop();
      if (w === start) {
        cycles.push([...path]);
        for (const u of path) closed.add(u);
        if (cycles.length > limit) return capped();
      } else if (w !== undefined && !blocked.has(w)) {
        path.push(w);
        stack.push([w, successors(w).reverse()]);
        closed.delete(w);
        blocked.add(w);
        continue;
      }
      if (pending.length > 0) continue;
      if (closed.has(v)) unblock(v, blocked, blockedBy);
      else for (const u of successors(v)) (blockedBy.get(u) ?? blockedBy.set(u, new Set()).get(u)!).add(v);
      stack.pop();
      path.pop();
    }
    component.delete(start);
    queue.push(...components(adjacency, component).filter(cyclic));
  }
  return { cycles, capped: false };
}

function unblock(v: number, blocked: Set<number>, blockedBy: Map<number, Set<number>>) {
  const work = [v];
  while (work.length > 0) {
    const u = work.pop()!;
    if (!blocked.delete(u)) continue;
    const waiting = blockedBy.get(u);
    if (waiting) work.push(...waiting);
    blockedBy.delete(u);
  }
}
