import type { Page } from 'playwright-core';

/** Opens the History dialog from the board header. */
export async function openHistory(page: Page): Promise<void> {
  await page.getByTestId('version-history').click();
  await page.getByTestId('versions-dialog').waitFor();
}

/** Saves a version from the open History dialog and waits until the list shows it. */
export async function saveVersion(page: Page, name: string): Promise<void> {
  await page.getByTestId('version-name').fill(name);
  await page.getByTestId('version-save').click();
  await versionItem(page, name).waitFor();
}

/** The row of the version with exactly this name in the open History dialog's list. */
export function versionItem(page: Page, name: string) {
  return page.getByTestId('version-item').filter({ has: page.getByText(name, { exact: true }) });
}
