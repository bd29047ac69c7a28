import type { Page } from 'playwright-core';

/** The facilitator starts a private brainstorm on the canvas, on partnership-plan question `section` (1–8). */
export async function startBrainstormRound(page: Page, section: number): Promise<void> {
  await page.getByTestId('brainstorm-open').click();
  await page.getByTestId('brainstorm-question').selectOption(String(section));
  await page.getByTestId('brainstorm-start').click();
  await page.getByTestId('brainstorm').waitFor();
}

/** Writes one private note in "Your private notes" and waits for it to be listed. */
export async function addPrivateNote(page: Page, text: string): Promise<void> {
  const before = await page.getByTestId('brainstorm-draft').count();
  await page.getByTestId('brainstorm-draft-input').fill(text);
  await page.getByTestId('brainstorm-draft-input').press('Enter');
  await page.getByTestId('brainstorm-draft').nth(before).waitFor();
}

/** Everything in the page's board document, as JSON text (through the `window.__roundtable` debug hook). */
export function boardDocumentJson(page: Page): Promise<string> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __roundtable?: { doc: { toJSON(): unknown } } }).__roundtable;
    return JSON.stringify(hook?.doc.toJSON() ?? null);
  });
}

/** The text of every sticky note on the canvas. */
export async function canvasNoteTexts(page: Page): Promise<string[]> {
  const texts = await page.getByTestId('note-text').allTextContents();
  return texts.map((text) => text.trim()).sort();
}
