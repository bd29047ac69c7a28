import type { Browser } from 'playwright-core';
import { startBareServer, type BareServer } from './bare-server.ts';
import { launchBrowser } from './browser.ts';
import { measurePage, type PageFigures, type PagePlan, type Side } from './measure-page.ts';
import type { BenchOptions } from './options.ts';
import { startServer, type RunningServer } from './roundtable-server.ts';
import { buildScenario, gridSpec, type Scenario, type ViewId } from './scenarios.ts';

export interface ViewRound {
  view: ViewId;
  round: number;
  roundtable: PageFigures;
  bare: PageFigures;
}

export interface RunOutcome {
  rounds: ViewRound[];
  cards: Record<ViewId, { count: number; block: number; edges: number }>;
  chromium: string;
}

/** Stops for what a running bench holds open, so a signal can close them (see main.ts). */
const openResources = new Set<() => Promise<unknown>>();

export async function closeEverything(): Promise<void> {
  await Promise.all([...openResources].map((stop) => stop().catch(() => {})));
  openResources.clear();
}

/** A board link opening on one view: `?view=` goes before the `#token=` part. */
function viewUrl(link: string, view: string): string {
  const [address, token] = link.split('#');
  return `${address}?view=${view}${token ? `#${token}` : ''}`;
}

/**
 * Every round, for every view: a fresh imported board (a drag changes the board, so rounds never share one) on
 * the Roundtable side and the same cards on the bare page, measured one after the other in fresh browser
 * contexts; the side that goes first alternates between rounds.
 */
export async function runBench(options: BenchOptions, root: string, log: (line: string) => void): Promise<RunOutcome> {
  const scenarios = options.views.map((view) => buildScenario(view, options.count, options.block));
  let server: RunningServer | undefined;
  let bare: BareServer | undefined;
  let browser: Browser | undefined;
  const stopServer = () => server?.stop() ?? Promise.resolve();
  const stopBare = () => bare?.stop() ?? Promise.resolve();
  const stopBrowser = () => browser?.close() ?? Promise.resolve();
  for (const stop of [stopServer, stopBare, stopBrowser]) openResources.add(stop);
  try {
    [server, bare, browser] = await Promise.all([
      startServer(root),
      startBareServer(new Map(scenarios.map((s) => [s.view, s.bare]))),
      launchBrowser(options.unlimitedFrames),
    ]);
    const rounds: ViewRound[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const scenario of scenarios) {
        const link = await server.importBoard(scenario.boardFile);
        const order: Side[] = round % 2 === 1 ? ['roundtable', 'bare'] : ['bare', 'roundtable'];
        const figures = {} as Record<Side, PageFigures>;
        for (const side of order) {
          const url = side === 'roundtable' ? viewUrl(link, scenario.view) : `${bare.url}/?view=${scenario.view}`;
          log(`round ${round}/${options.rounds} ${scenario.view} ${side}…`);
          figures[side] = await measurePage(browser, pagePlan(options, scenario, side, url));
        }
        rounds.push({ view: scenario.view, round, ...figures });
      }
    }
    const cards = Object.fromEntries(
      scenarios.map((s) => [s.view, { count: s.bare.nodes.length, block: s.blockIds.length, edges: s.bare.edges.length }]),
    ) as RunOutcome['cards'];
    return { rounds, cards, chromium: browser.version() };
  } finally {
    for (const stop of [stopBrowser, stopBare, stopServer]) {
      openResources.delete(stop);
      await stop().catch(() => {});
    }
  }
}

function pagePlan(options: BenchOptions, scenario: Scenario, side: Side, url: string): PagePlan {
  return {
    side,
    url,
    nodeCount: scenario.bare.nodes.length,
    blockIds: scenario.blockIds,
    singleId: scenario.singleId,
    alley: gridSpec(scenario.view, options.count, options.block).alley,
    steps: options.steps,
    viewport: options.viewport,
    profile: options.profile,
  };
}
