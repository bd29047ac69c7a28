import type { BrowserContext, Page } from 'playwright-core';
import { profileGesture, summariseProfile, type CpuSummary } from './cpu-profile.ts';
import { addRenderCounter, startRenderCount, stopRenderCount } from './render-counter.ts';
import { SourceLocator } from './source-maps.ts';
import { traceGesture, type TraceSummary } from './trace.ts';

export interface GestureProfile {
  cpu: CpuSummary;
  trace: TraceSummary;
  commits: number;
  fibers: number;
  /** Component renders during the gesture, by original source line. */
  renders: { component: string; where: string; renders: number }[];
}

export function prepareProfiling(context: BrowserContext): Promise<void> {
  return addRenderCounter(context);
}

/**
 * Runs a gesture under the CPU profiler and Chrome tracing while counting React renders; maps the profile and the
 * renders to the original sources.
 */
export async function profiled(page: Page, gesture: () => Promise<void>): Promise<GestureProfile> {
  await startRenderCount(page);
  let trace: TraceSummary = { mainThread: [] };
  const profile = await profileGesture(page, async () => {
    trace = await traceGesture(page, gesture);
  });
  const counts = await stopRenderCount(page);
  const locator = new SourceLocator();
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\.m?js(\?|$)/.test(name)),
  );
  await locator.load(scripts);
  const cpu = await summariseProfile(profile, locator);
  const renders = counts.components.slice(0, 40).map(({ name, snippet, renders }) => {
    const origin = snippet ? locator.find(snippet) : undefined;
    return { component: origin?.text ?? name, where: origin ? `${origin.file}:${origin.line}` : name, renders };
  });
  return { cpu, trace, commits: counts.commits, fibers: counts.fibers, renders };
}
