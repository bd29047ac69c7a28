import type { Page } from 'playwright-core';
import { SourceLocator } from './source-maps.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface TimedPlace {
  where: string;
  code: string;
  ms: number;
}

export interface CpuSummary {
  totalMs: number;
  /** Time spent in the function itself, by original source line. */
  self: TimedPlace[];
  /** Time spent in the function and everything it called, by original source line (recursion counted once). */
  inclusive: TimedPlace[];
  /** Self time by original source file. */
  files: { file: string; ms: number }[];
  /** Inclusive time of the app's own code and the Yjs stack (src/…, yjs, y-*, lib0), however small. */
  own: TimedPlace[];
}

const TOP = 30;
const OWN = /^(src\/|yjs\/|y-[a-z]+\/|lib0\/)/;

/** Runs `gesture` under the V8 sampling profiler (CDP Profiler, 250 µs) and returns the raw profile. */
export async function profileGesture(page: Page, gesture: () => Promise<void>): Promise<CpuProfile> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    let failure: unknown;
    try {
      await gesture();
    } catch (error) {
      failure = error;
    }
    const { profile } = await cdp.send('Profiler.stop');
    if (failure) throw failure;
    return profile as unknown as CpuProfile;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Self and inclusive time per original source line (through the scripts' source maps). */
export async function summariseProfile(profile: CpuProfile, locator: SourceLocator): Promise<CpuSummary> {
  await locator.load([...new Set(profile.nodes.map((n) => n.callFrame.url).filter(Boolean))]);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const label = new Map<number, { where: string; code: string }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const origin = url ? locator.at(url, lineNumber, columnNumber) : undefined;
    label.set(node.id, origin ? { where: `${origin.file}:${origin.line}`, code: origin.text } : { where: functionName || '(anonymous)', code: url ? `${url.replace(/^https?:\/\/[^/]+/, '')}:${lineNumber + 1}` : '' });
  }
  const selfById = new Map<number, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    selfById.set(id, (selfById.get(id) ?? 0) + ms);
  });
  const self = new Map<string, TimedPlace>();
  const inclusive = new Map<string, TimedPlace>();
  const files = new Map<string, number>();
  const add = (map: Map<string, TimedPlace>, id: number, ms: number) => {
    const { where, code } = label.get(id)!;
    const entry = map.get(where) ?? { where, code, ms: 0 };
    entry.ms += ms;
    map.set(where, entry);
  };
  // Depth-first from the root with the stack of places on it, so a recursive place counts once.
  const root = profile.nodes[0]!;
  const walk = (rootId: number) => {
    const stack: { id: number; onStack: Set<string> }[] = [{ id: rootId, onStack: new Set() }];
    const subtotal = new Map<number, number>();
    const order: { id: number; counted: boolean }[] = [];
    while (stack.length > 0) {
      const { id, onStack } = stack.pop()!;
      const where = label.get(id)!.where;
      order.push({ id, counted: !onStack.has(where) });
      const next = new Set(onStack).add(where);
      for (const child of byId.get(id)?.children ?? []) stack.push({ id: child, onStack: next });
    }
    for (const { id } of [...order].reverse()) {
      const children = byId.get(id)?.children ?? [];
      subtotal.set(id, (selfById.get(id) ?? 0) + children.reduce((sum, child) => sum + (subtotal.get(child) ?? 0), 0));
    }
    for (const { id, counted } of order) {
      if (counted) add(inclusive, id, subtotal.get(id) ?? 0);
      const ms = selfById.get(id) ?? 0;
      if (ms > 0) {
        add(self, id, ms);
        const file = label.get(id)!.where.replace(/:\d+$/, '');
        files.set(file, (files.get(file) ?? 0) + ms);
      }
    }
  };
  walk(root.id);
  const top = (map: Map<string, TimedPlace>) => [...map.values()].sort((a, b) => b.ms - a.ms).slice(0, TOP).map(round);
  return {
    totalMs: Math.round(totalMs),
    self: top(self),
    inclusive: top(inclusive).filter((p) => p.where !== '(root)'),
    files: [...files].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([file, ms]) => ({ file, ms: Math.round(ms) })),
    own: [...inclusive.values()].filter((p) => OWN.test(p.where)).sort((a, b) => b.ms - a.ms).slice(0, TOP).map(round),
  };
}

const round = (place: TimedPlace): TimedPlace => ({ ...place, ms: Math.round(place.ms) });
