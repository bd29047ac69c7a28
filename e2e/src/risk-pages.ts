import type { Locator, Page } from 'playwright-core';
import { viewUrl } from './pages.ts';

/** Opens a board on one of its views (`?view=<id>`) and waits for the view to show. */
export async function openView(page: Page, boardUrl: string, viewId: string, readyTestId: string): Promise<void> {
  await page.goto(viewUrl(boardUrl, viewId));
  await page.getByTestId(readyTestId).first().waitFor();
}

/** Presses on `from`, moves over `to` in steps like a hand would, and lets go there. */
export async function dragOnto(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

/** The table row of the risk with this id. */
export function riskRow(page: Page, id: string): Locator {
  return page.locator(`[data-testid="risk-row"][data-entity-id="${id}"]`);
}

/** The score shown in a risk's table row, as a number. */
export async function riskScoreIn(page: Page, id: string): Promise<number> {
  return Number(await riskRow(page, id).getByTestId('risk-score').textContent());
}
