import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../src/browser.ts';
import { AppServer } from '../src/app-server.ts';
import { createBoardFromHome, participant } from '../src/pages.ts';

let browser: Browser;
let server: AppServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), AppServer.start()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('home page', () => {
  it('creates, renames and deletes boards, and a rename reaches an open board live', async () => {
    const { context, page } = await participant(browser, 'Facilitator');
    const boardUrl = await createBoardFromHome(page, server.url, 'Falls prevention');
    const viewer = await context.newPage();
    await viewer.goto(boardUrl);
    await expect.poll(() => viewer.locator('.board-header__title').textContent(), { timeout: 10_000 }).toBe('Falls prevention');

    await page.goto(server.url + '/');
    const row = page.getByTestId('board-item').filter({ hasText: 'Falls prevention' });
    await row.getByTestId('rename-board').click();
    const input = page.getByTestId('rename-input');
    await input.fill('Falls prevention — spring');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('board-item').first().textContent()).toContain('Falls prevention — spring');
    await expect.poll(() => viewer.locator('.board-header__title').textContent(), { timeout: 10_000 }).toBe('Falls prevention — spring');

    await page.reload();
    expect(await page.getByTestId('board-item').count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('delete-board').click();
    await expect.poll(() => page.getByTestId('board-item').count()).toBe(0);
    const response = await fetch(`${server.url}/api/boards`);
    expect(((await response.json()) as { boards: unknown[] }).boards).toEqual([]);
    await context.close();
  });
});
