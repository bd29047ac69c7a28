import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A browser context for one participant whose name is already remembered, so the name dialog stays away. */
export async function participant(browser: Browser, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((who: string) => {
    if (!localStorage.getItem('roundtable:name')) localStorage.setItem('roundtable:name', who);
  }, name);
  const page = await context.newPage();
  return { context, page };
}

/** Creates a board through the home page and returns its URL. */
export async function createBoardFromHome(page: Page, baseUrl: string, title: string): Promise<string> {
  await page.goto(baseUrl + '/');
  await page.getByTestId('new-board-title').fill(title);
  await page.getByTestId('create-board').click();
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]{22}$/);
  return page.url();
}

export async function addNote(page: Page, text: string): Promise<void> {
  const before = await page.getByTestId('note').count();
  await page.getByTestId('add-note').click();
  const note = page.getByTestId('note').nth(before);
  await note.waitFor();
  await note.dblclick();
  const editor = note.locator('textarea');
  await editor.fill(text);
  await editor.press('Escape');
}

export function noteWithText(page: Page, text: string) {
  return page.getByTestId('note').filter({ hasText: text });
}
