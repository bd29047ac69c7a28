import type { Page } from 'playwright-core';
import { openHistory } from './version-pages.ts';

/** Opens the History dialog on its Activity tab and waits for the feed to load. */
export async function openActivity(page: Page): Promise<void> {
  await openHistory(page);
  await page.getByTestId('history-tab-activity').click();
  await page.locator('[data-testid="activity-list"], [data-testid="activity-empty"]').first().waitFor();
}

/** The lines of the open feed, newest first, without their times. */
export function activityLines(page: Page): Promise<string[]> {
  return page.getByTestId('activity-item').evaluateAll((items) => items.map((item) => item.querySelector('span')?.textContent ?? ''));
}
