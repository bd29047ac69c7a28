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

/**
 * Creates a board through the home page, from a template when given (this page becomes its facilitator), and
 * returns its editor link, read
 * from the Share dialog, for the other participants to open.
 */
export async function createBoardFromHome(page: Page, baseUrl: string, title: string, template = 'blank'): Promise<string> {
  await page.goto(baseUrl + '/');
  await page.getByTestId('new-board-title').fill(title);
  await page.getByTestId(`template-${template}`).check();
  await page.getByTestId('create-board').click();
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]{22}$/);
  return shareLink(page, 'editor');
}

/** Opens a board link and waits until the board is open (its link checked, its document attached). */
export async function joinBoard(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.waitForFunction(() => (window as unknown as { __roundtable?: unknown }).__roundtable !== undefined);
}

/** Chooses an item of the facilitator's Facilitate menu in the board header. */
export async function facilitate(page: Page, item: string): Promise<void> {
  const menu = page.getByTestId('facilitate-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  await menu.getByTestId(item).click();
}

/** A link of the open board, as its facilitator's Share dialog shows it. */
export async function shareLink(page: Page, role: 'facilitator' | 'editor' | 'viewer'): Promise<string> {
  await facilitate(page, 'share-board');
  const input = page.getByTestId(`share-link-${role}`);
  await page.waitForFunction((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.value.includes('#token='), `share-link-${role}`);
  const link = await input.inputValue();
  await page.getByTestId('share-dialog').getByRole('button', { name: 'Done' }).click();
  return link;
}

/** A board link that opens on one view: `?view=` goes before the `#token=` part. */
export function viewUrl(link: string, view: string): string {
  const [address, token] = link.split('#');
  return `${address}?view=${view}${token ? `#${token}` : ''}`;
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
