import type { Page } from 'playwright-core';

/** Adds a stakeholder with the map's button and names it in the side panel, which the new card opens. */
export async function addStakeholder(page: Page, name: string): Promise<string> {
  const before = await page.getByTestId('stakeholder-card').count();
  await page.getByTestId('add-stakeholder').click();
  const field = page.getByTestId('side-panel-field-name');
  await field.waitFor();
  await field.fill(name);
  await field.press('Enter');
  const card = page.getByTestId('stakeholder-card').filter({ hasText: name });
  await card.waitFor();
  if ((await page.getByTestId('stakeholder-card').count()) !== before + 1) throw new Error('expected one more card');
  return (await card.getAttribute('data-entity-id'))!;
}

export function stakeholderCard(page: Page, id: string) {
  return page.locator(`[data-testid="stakeholder-card"][data-entity-id="${id}"]`);
}

export function registerRow(page: Page, id: string) {
  return page.locator(`[data-testid="register-row"][data-entity-id="${id}"]`);
}

/** The number a register cell shows for power or interest. */
export async function registerNumber(page: Page, id: string, field: 'power' | 'interest'): Promise<number> {
  return Number(await registerRow(page, id).getByTestId(`register-${field}`).inputValue());
}

/**
 * Drags a card by (dx, dy) from its centre in small steps, as a person would. `beforeRelease` runs with the
 * pointer still down at the end point.
 */
export async function dragCard(
  page: Page, id: string, dx: number, dy: number, beforeRelease?: (at: { x: number; y: number }) => Promise<void>,
): Promise<void> {
  const box = (await stakeholderCard(page, id).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 15 });
  await beforeRelease?.({ x: x + dx, y: y + dy });
  await page.mouse.up();
}
