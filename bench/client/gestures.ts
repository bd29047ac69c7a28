import type { Page } from 'playwright-core';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The union of some nodes' boxes on screen, the React Flow pane's box and the zoom, read from the page. */
export async function blockOnScreen(page: Page, ids: readonly string[]): Promise<{ block: Rect; pane: Rect; zoom: number }> {
  return page.evaluate((nodeIds) => {
    const block = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    for (const id of nodeIds) {
      const element = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
      if (!element) throw new Error(`node ${id} is not on the page`);
      const r = element.getBoundingClientRect();
      block.left = Math.min(block.left, r.left);
      block.top = Math.min(block.top, r.top);
      block.right = Math.max(block.right, r.right);
      block.bottom = Math.max(block.bottom, r.bottom);
    }
    const p = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    return { block, pane: { left: p.left, top: p.top, right: p.right, bottom: p.bottom }, zoom };
  }, ids);
}

/** What the topmost element at a point is: the bare pane, a node (its id) or something else. */
export function hitAt(page: Page, point: Point): Promise<string> {
  return page.evaluate(({ x, y }) => {
    const element = document.elementFromPoint(x, y);
    if (!element) return 'nothing';
    const node = element.closest('.react-flow__node');
    if (node) return `node:${node.getAttribute('data-id')}`;
    return element.classList.contains('react-flow__pane') ? 'pane' : `other:${element.className}`;
  }, point);
}

/** A pointer gesture from `from` to `to` in `steps` awaited moves (each one waits for the page to take it). */
export async function pointerGesture(page: Page, from: Point, to: Point, steps: number, shift = false): Promise<void> {
  await page.mouse.move(from.x, from.y);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.down();
  try {
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    }
  } finally {
    await page.mouse.up();
    if (shift) await page.keyboard.up('Shift');
  }
}

/** Pans out and back (so the view ends where it began): `steps` moves in all. */
export async function panOutAndBack(page: Page, start: Point, offset: Point, steps: number): Promise<void> {
  const half = Math.max(1, Math.floor(steps / 2));
  const far = { x: start.x + offset.x, y: start.y + offset.y };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  try {
    for (let i = 1; i <= half; i++) await page.mouse.move(start.x + (offset.x * i) / half, start.y + (offset.y * i) / half);
    for (let i = 1; i <= half; i++) await page.mouse.move(far.x - (offset.x * i) / half, far.y - (offset.y * i) / half);
  } finally {
    await page.mouse.up();
  }
}

export function selectedCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.react-flow__node.selected').length);
}

/** The node's place on screen (its transform), to check that a drag moved it. */
export function nodeTransform(page: Page, id: string): Promise<string> {
  return page.evaluate((nodeId) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)?.style.transform ?? '', id);
}

export function centreOf(page: Page, id: string): Promise<Point> {
  return page.evaluate((nodeId) => {
    const r = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, id);
}

/** Waits until 10 frames in a row took under 50 ms (the page has settled), at most `timeoutMs`. */
export function settle(page: Page, timeoutMs = 15_000): Promise<boolean> {
  return page.evaluate(
    (limit) =>
      new Promise<boolean>((resolve) => {
        const started = performance.now();
        let last = started;
        let calm = 0;
        const tick = (time: number) => {
          calm = time - last < 50 ? calm + 1 : 0;
          last = time;
          if (calm >= 10) resolve(true);
          else if (time - started > limit) resolve(false);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    timeoutMs,
  );
}
