import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface TraceSummary {
  /** Self time per trace event name on the page's main thread (CrRendererMain), ms, largest first. */
  mainThread: { name: string; ms: number; count: number }[];
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'blink', 'cc', 'v8', 'disabled-by-default-v8.gc', 'renderer.scheduler'];
const MAX_EVENTS = 2_000_000;

/** Chrome tracing (CDP Tracing) around a gesture: where the renderer's main thread spent its time, by event. */
export async function traceGesture(page: Page, gesture: () => Promise<void>): Promise<TraceSummary> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  try {
    cdp.on('Tracing.dataCollected', ({ value }) => {
      if (events.length < MAX_EVENTS) events.push(...(value as unknown as TraceEvent[]));
    });
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    let failure: unknown;
    try {
      await gesture();
    } catch (error) {
      failure = error;
    }
    await cdp.send('Tracing.end');
    await withTimeout(complete, 30_000);
    if (failure) throw failure;
    return { mainThread: mainThreadSelfTime(events) };
  } finally {
    await detach(cdp);
  }
}

/** Complete events ('X') of the busiest CrRendererMain thread, nested by time; each one's time minus its children's. */
function mainThreadSelfTime(events: readonly TraceEvent[]): TraceSummary['mainThread'] {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = mains
    .map((m) => ({ key: `${m.pid}:${m.tid}`, total: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length }))
    .sort((a, b) => b.total - a.total)[0];
  if (!busiest) return [];
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === busiest.key && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, { ms: number; count: number }>();
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      const entry = self.get(done.name) ?? { ms: 0, count: 0 };
      entry.ms += Math.max(0, done.dur - done.child) / 1000;
      entry.count += 1;
      self.set(done.name, entry);
    }
  };
  for (const event of own) {
    close(event.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += event.dur!;
    stack.push({ end: event.ts + event.dur!, name: event.name, child: 0, dur: event.dur! });
  }
  close(Number.POSITIVE_INFINITY);
  return [...self].map(([name, v]) => ({ name, ms: Math.round(v.ms), count: v.count })).sort((a, b) => b.ms - a.ms).slice(0, 25);
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}

async function detach(cdp: CDPSession): Promise<void> {
  await cdp.detach().catch(() => {});
}
