import type { Page } from 'playwright-core';

/** The comment badge on one card (any view), found by the card's entity id. */
export function cardBadge(page: Page, testId: string, entityId: string) {
  return page.locator(`[data-testid="${testId}"][data-entity-id="${entityId}"] [data-testid="comment-badge"]`);
}

/** The text of a card's badge, or '' when it shows none. */
export async function badgeText(page: Page, testId: string, entityId: string): Promise<string> {
  const badge = cardBadge(page, testId, entityId);
  return (await badge.count()) === 0 ? '' : ((await badge.textContent()) ?? '');
}

export async function openView(page: Page, viewId: string): Promise<void> {
  await page.getByTestId(`view-tab-${viewId}`).click();
}

/** Writes a comment in the side panel of the selected card, starting a new thread. */
export async function commentOnSelected(page: Page, text: string): Promise<void> {
  await page.getByTestId('comment-new').fill(text);
  await page.getByTestId('comment-new-post').click();
}

/** The texts of every comment shown in the side panel. */
export function sidePanelComments(page: Page): Promise<string[]> {
  return page.getByTestId('entity-comments').getByTestId('comment-text').allTextContents();
}

/** Opens the board's comment list from the header; optionally with resolved threads shown too. */
export async function openBoardComments(page: Page, showResolved = false): Promise<void> {
  const menu = page.getByTestId('board-comments');
  if ((await menu.getAttribute('open')) === null) await page.getByTestId('board-comments-toggle').click();
  const box = page.getByTestId('board-comments-show-resolved');
  if ((await box.isChecked()) !== showResolved) await box.click();
}

/** Places a comment on the canvas at an offset from the canvas's top-left corner. */
export async function commentOnCanvasSpot(page: Page, dx: number, dy: number, text: string): Promise<void> {
  await page.getByTestId('comment-here').click();
  const layer = page.getByTestId('comment-placing');
  const box = (await layer.boundingBox())!;
  await page.mouse.click(box.x + dx, box.y + dy);
  await page.getByTestId('comment-spot').fill(text);
  await page.getByTestId('comment-spot-post').click();
}
