import type { Page } from 'playwright-core';

/** The id of the view tab this screen shows (`risks`, `canvas`, …). */
export async function currentTab(page: Page): Promise<string | null> {
  const id = await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');
  return id?.replace(/^view-tab-/, '') ?? null;
}

export async function openTab(page: Page, viewId: string): Promise<void> {
  await page.getByTestId(`view-tab-${viewId}`).click();
}

/** Ticks or unticks one of the header's screen options ("no-summon", "hide-cursors") and closes the menu. */
export async function setScreenOption(page: Page, option: 'no-summon' | 'hide-cursors', on: boolean): Promise<void> {
  const menu = page.getByTestId('screen-options');
  await menu.locator('summary').click();
  await page.getByTestId(option).setChecked(on);
  await menu.locator('summary').click();
}

/** Opens the menu on someone's avatar and follows them. */
export async function followPerson(page: Page, name: string): Promise<void> {
  await page.locator(`[data-testid="avatar"][title="${name}"]`).click();
  await page.getByTestId('follow-person').click();
}

/** The text of the "You are following …" banner, or null while there is none. */
export async function followBannerText(page: Page): Promise<string | null> {
  const banner = page.getByTestId('follow-banner');
  return (await banner.count()) > 0 ? banner.textContent() : null;
}

/** The centre and zoom of this screen's canvas as it publishes them in presence, rounded to whole pixels. */
export function publishedViewport(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __roundtable?: { provider: { awareness: { getLocalState(): { viewport?: { x: number; y: number; zoom: number } } | null } } } }).__roundtable;
    const viewport = hook?.provider.awareness.getLocalState()?.viewport;
    return viewport ? `${Math.round(viewport.x)},${Math.round(viewport.y)} @ ${viewport.zoom.toFixed(2)}` : null;
  });
}

/** Moves the mouse across the middle of the canvas in small steps, as someone pointing at something would. */
export async function pointAcrossCanvas(page: Page): Promise<void> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 3, y);
  await page.mouse.move(box.x + (box.width * 2) / 3, y + 40, { steps: 15 });
}

/** Pans the canvas by dragging its background near the top-left corner (notes are added in the middle). */
export async function panCanvas(page: Page, dx: number, dy: number): Promise<void> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  const x = box.x + 60;
  const y = box.y + 60;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 10 });
  await page.mouse.up();
}
