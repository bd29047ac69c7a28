import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, joinBoard, participant } from '../src/pages.ts';
import { seriousAxeViolations } from '../src/axe.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('the server operator', () => {
  it('lists every board with the admin token and issues new links for one whose facilitator lost theirs', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    await createBoardFromHome(alice.page, e2e.server.url, 'Lost links board');
    const operator = await participant(e2e.browser, 'Operator');
    await operator.page.goto(e2e.server.url + '/admin');
    await operator.page.getByTestId('admin-token').fill('not-the-token');
    await operator.page.getByRole('button', { name: 'Show every board' }).click();
    await expect.poll(() => operator.page.getByRole('alert').textContent(), poll).toContain('admin token');

    await operator.page.getByTestId('admin-token').fill(await e2e.server.adminToken());
    await operator.page.getByRole('button', { name: 'Show every board' }).click();
    const row = operator.page.getByTestId('admin-board').filter({ hasText: 'Lost links board' });
    await row.waitFor();
    expect(await seriousAxeViolations(operator.page)).toEqual([]);
    operator.page.once('dialog', (dialog) => void dialog.accept());
    await row.getByTestId('admin-issue-links').click();
    const facilitatorLink = await row.getByLabel('New facilitator link').inputValue();
    await expect.poll(() => alice.page.getByRole('alert').textContent(), poll).toContain('no longer opens this board');

    const newcomer = await participant(e2e.browser, 'New facilitator');
    await joinBoard(newcomer.page, facilitatorLink);
    await expect.poll(() => newcomer.page.getByTestId('facilitate-menu').count(), poll).toBe(1);
    for (const person of [alice, operator, newcomer]) await person.context.close();
  });
});
