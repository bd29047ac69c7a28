import type { BrowserContext, Page } from 'playwright-core';

/** Renders of one component type while counting, with the start of its (minified) source to find it by. */
export interface ComponentRenders {
  name: string;
  snippet: string;
  renders: number;
}

export interface RenderCounts {
  commits: number;
  /** Fibers React rendered, host elements (div, span…) included. */
  fibers: number;
  components: ComponentRenders[];
}

interface Counter {
  start(): void;
  stop(): RenderCounts;
}

/**
 * A stand-in for React DevTools' global hook, installed before React loads: on every commit it walks the fibers
 * React worked on (skipping subtrees that bailed out, as DevTools does) and counts the component functions that
 * ran (PerformedWork) or mounted. Counting only between `start()` and `stop()`.
 */
function installCounter(): void {
  const PERFORMED_WORK = 1;
  const MAX_FIBERS_PER_COMMIT = 200_000;
  type Fiber = { type: unknown; flags: number; child: Fiber | null; sibling: Fiber | null; alternate: Fiber | null };
  let counting = false;
  let commits = 0;
  let fibers = 0;
  let counts = new Map<unknown, number>();
  const componentOf = (type: unknown): unknown => {
    if (typeof type === 'function') return type;
    if (type && typeof type === 'object') {
      const inner = (type as { type?: unknown; render?: unknown }).type ?? (type as { render?: unknown }).render;
      if (typeof inner === 'function') return inner;
    }
    return typeof type === 'string' ? 'host' : undefined;
  };
  const walk = (root: Fiber) => {
    const stack: Fiber[] = [root];
    let seen = 0;
    while (stack.length > 0 && seen < MAX_FIBERS_PER_COMMIT) {
      const fiber = stack.pop()!;
      seen += 1;
      const rendered = fiber.alternate === null || (fiber.flags & PERFORMED_WORK) !== 0;
      const component = componentOf(fiber.type);
      if (rendered && component !== undefined) {
        fibers += 1;
        counts.set(component, (counts.get(component) ?? 0) + 1);
      }
      if (fiber.sibling) stack.push(fiber.sibling);
      const bailedOut = fiber.alternate !== null && fiber.child === fiber.alternate.child;
      if (fiber.child && !bailedOut) stack.push(fiber.child);
    }
  };
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      if (!counting) return;
      commits += 1;
      if (root.current.child) walk(root.current.child);
    },
  };
  const counter: Counter = {
    start() {
      counting = true;
      commits = 0;
      fibers = 0;
      counts = new Map();
    },
    stop() {
      counting = false;
      const components = [...counts].map(([type, renders]) =>
        type === 'host'
          ? { name: '(host elements)', snippet: '', renders }
          : { name: (type as { name?: string }).name ?? '', snippet: String(type).slice(0, 160), renders },
      );
      return { commits, fibers, components: components.sort((a, b) => b.renders - a.renders) };
    },
  };
  (window as unknown as { __benchRenders: Counter }).__benchRenders = counter;
}

export async function addRenderCounter(context: BrowserContext): Promise<void> {
  await context.addInitScript(installCounter);
}

export function startRenderCount(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __benchRenders: Counter }).__benchRenders.start());
}

export function stopRenderCount(page: Page): Promise<RenderCounts> {
  return page.evaluate(() => (window as unknown as { __benchRenders: Counter }).__benchRenders.stop());
}
