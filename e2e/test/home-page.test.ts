import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, participant } from '../src/pages.ts';

const e2e = useBrowserAndServer();

describe('home page', () => {
  it('creates, renames and deletes boards, and a rename reaches an open board live', async () => {
    const { context, page } = await participant(e2e.browser, 'Facilitator');
    const boardUrl = await createBoardFromHome(page, e2e.server.url, 'Falls prevention');
    const viewer = await context.newPage();
    await viewer.goto(boardUrl);
    await expect.poll(() => viewer.locator('.board-header__title').textContent(), { timeout: 10_000 }).toBe('Falls prevention');

    await page.goto(e2e.server.url + '/');
    const row = page.getByTestId('board-item').filter({ hasText: 'Falls prevention' });
    await row.getByTestId('rename-board').click();
    const input = page.getByTestId('rename-input');
    await input.fill('Falls prevention — spring');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('board-item').first().textContent()).toContain('Falls prevention — spring');
    await expect.poll(() => viewer.locator('.board-header__title').textContent(), { timeout: 10_000 }).toBe('Falls prevention — spring');

    await page.reload();
    await expect.poll(() => page.getByTestId('board-item').count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('delete-board').click();
    await expect.poll(() => page.getByTestId('board-item').count()).toBe(0);
    const response = await fetch(`${e2e.server.url}/api/boards`, { headers: { authorization: `Bearer ${await e2e.server.adminToken()}` } });
    expect(((await response.json()) as { boards: unknown[] }).boards).toEqual([]);
    await context.close();
  });

  it('opens a board made from a template with the template’s content', async () => {
    const { context, page } = await participant(e2e.browser, 'Planner');
    await page.goto(e2e.server.url + '/');
    await page.getByTestId('new-board-title').fill('Integrated plan 2027');
    await page.getByTestId('template-integrated-planning').check();
    await page.getByTestId('create-board').click();
    await page.waitForURL(/\/b\/[A-Za-z0-9_-]{22}/);
    await expect.poll(() => page.getByTestId('note').count(), { timeout: 10_000 }).toBe(7);
    expect(await page.getByTestId('note').filter({ hasText: 'Where are we now?' }).count()).toBe(1);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(6);
    await context.close();
  });
});
