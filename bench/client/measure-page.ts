import type { Browser, Page } from 'playwright-core';
import { BusyMeter, type BusyTime } from './busy-time.ts';
import { addFrameRecorder, startFrames, stopFrames, type FrameRecord } from './frame-recorder.ts';
import { blockOnScreen, centreOf, hitAt, nodeTransform, panOutAndBack, pointerGesture, selectedCount, settle, type Point } from './gestures.ts';
import { prepareProfiling, profiled, type GestureProfile } from './profile.ts';
import { TrafficTap, type Traffic } from './traffic.ts';

export type Side = 'roundtable' | 'bare';

export interface PagePlan {
  side: Side;
  url: string;
  nodeCount: number;
  blockIds: readonly string[];
  /** A card outside the block, near it, for the one-card drag. */
  singleId: string;
  /** The empty pane around the block, flow pixels. */
  alley: number;
  steps: { pan: number; drag: number; single: number };
  viewport: { width: number; height: number };
  /** Profile the pan and the multi-card drag (CPU and React renders); their frame figures are then not comparable. */
  profile: boolean;
}

export interface GestureFigures extends FrameRecord {
  traffic: Traffic;
  busy: BusyTime;
  profile?: GestureProfile;
}

export interface PageFigures {
  side: Side;
  openMs: number;
  pan: GestureFigures;
  drag: GestureFigures & { selected: number };
  single: GestureFigures;
}

const OPEN_TIMEOUT_MS = 120_000;

/** Opens one page in a fresh context (no cached board) and runs the scripted gestures on it. */
export async function measurePage(browser: Browser, plan: PagePlan): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: plan.viewport });
  try {
    await context.addInitScript(() => localStorage.setItem('roundtable:name', 'Bench'));
    await addFrameRecorder(context);
    if (plan.profile) await prepareProfiling(context);
    const page = await context.newPage();
    const tap = new TrafficTap(page);
    const meter = await BusyMeter.attach(page);
    const openMs = await open(page, plan);
    await settle(page);

    const { block, pane, zoom } = await blockOnScreen(page, plan.blockIds);
    if (block.left < pane.left || block.top < pane.top || block.right > pane.right || block.bottom > pane.bottom) {
      throw new Error(`${plan.side}: the block of cards is not wholly on screen (block ${JSON.stringify(block)}, pane ${JSON.stringify(pane)})`);
    }
    const margin = Math.max(2, Math.min(20, (plan.alley * zoom) / 2));
    // The top-left corner of the alleys around the block: bare pane in both views (arrows run along rows).
    const panStart = { x: block.left - margin, y: block.top - margin };
    await expectHit(page, panStart, 'pane');
    const pan = await recorded(page, meter, tap, () => panOutAndBack(page, panStart, { x: 240, y: 120 }, plan.steps.pan), plan.profile);
    await settle(page);

    const after = (await blockOnScreen(page, plan.blockIds)).block;
    const corner = { x: after.left - margin, y: after.top - margin };
    await expectHit(page, corner, 'pane');
    await pointerGesture(page, corner, { x: after.right + margin, y: after.bottom + margin }, 10, true);
    await settle(page);
    const selected = await selectedCount(page);
    if (selected !== plan.blockIds.length) throw new Error(`${plan.side}: box selection took ${selected} cards, expected ${plan.blockIds.length}`);

    const grab = await centreOf(page, plan.blockIds[0]!);
    const drag = await movedBy(page, plan.blockIds[0]!, () =>
      recorded(page, meter, tap, () => pointerGesture(page, grab, { x: grab.x + 150, y: grab.y + 90 }, plan.steps.drag), plan.profile),
    );
    await settle(page);

    await page.mouse.click(panStart.x, panStart.y);
    await settle(page);
    const single = await centreOf(page, plan.singleId);
    await expectHit(page, single, `node:${plan.singleId}`);
    const one = await movedBy(page, plan.singleId, () =>
      recorded(page, meter, tap, () => pointerGesture(page, single, { x: single.x + 60, y: single.y + 40 }, plan.steps.single)),
    );
    return { side: plan.side, openMs, pan, drag: { ...drag, selected }, single: one };
  } finally {
    await context.close();
  }
}

/** Navigation → every card in the DOM, timed by the page's own clock (performance.now() counts from navigation). */
async function open(page: Page, plan: PagePlan): Promise<number> {
  await page.goto(plan.url, { waitUntil: 'commit', timeout: OPEN_TIMEOUT_MS });
  const handle = await page.waitForFunction(
    (count) => (document.querySelectorAll('.react-flow__node').length >= count ? performance.now() : false),
    plan.nodeCount,
    { polling: 'raf', timeout: OPEN_TIMEOUT_MS },
  );
  return (await handle.jsonValue()) as number;
}

async function recorded(page: Page, meter: BusyMeter, tap: TrafficTap, gesture: () => Promise<void>, profile = false): Promise<GestureFigures> {
  tap.start();
  const before = await meter.read();
  await startFrames(page);
  let frames: FrameRecord | undefined;
  let profiledGesture: GestureProfile | undefined;
  try {
    if (profile) profiledGesture = await profiled(page, gesture);
    else await gesture();
  } finally {
    frames = await stopFrames(page);
  }
  const busy = await meter.since(before);
  // The gesture's last write leaves on mouse-up; give the socket a moment to carry it.
  await page.waitForTimeout(250);
  return { ...frames, busy, traffic: tap.stop(), ...(profiledGesture ? { profile: profiledGesture } : {}) };
}

async function movedBy<T>(page: Page, id: string, gesture: () => Promise<T>): Promise<T> {
  const before = await nodeTransform(page, id);
  const result = await gesture();
  if ((await nodeTransform(page, id)) === before) throw new Error(`the drag did not move card ${id}`);
  return result;
}

async function expectHit(page: Page, point: Point, expected: string): Promise<void> {
  const hit = await hitAt(page, point);
  if (hit !== expected) throw new Error(`expected ${expected} at (${Math.round(point.x)}, ${Math.round(point.y)}), found ${hit}`);
}
