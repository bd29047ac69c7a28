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

/** Reads a number from the board document through the page's debug hook (`window.__roundtable`). */
export function layoutField(page: Page, noteId: string, field: 'x' | 'y' | 'w' | 'h'): Promise<number | undefined> {
  return page.evaluate(
    ([id, key]) => {
      const hook = (window as unknown as { __roundtable?: { doc: { getMap(name: string): { get(k: string): unknown } } } }).__roundtable;
      const canvas = hook?.doc.getMap('layouts').get('canvas') as { get(k: string): { get(k: string): number } | undefined } | undefined;
      return canvas?.get(id!)?.get(key!);
    },
    [noteId, field],
  );
}

/** Drags an element by (dx, dy), grabbing it at its centre or, with `grab: 'corner'`, near its top-left corner. */
export async function dragBy(page: Page, selector: string, dx: number, dy: number, grab: 'centre' | 'corner' = 'centre'): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const x = grab === 'corner' ? box.x + 12 : box.x + box.width / 2;
  const y = grab === 'corner' ? box.y + 10 : box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
}
