import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, facilitate, joinBoard, participant } from '../src/pages.ts';
import { seriousAxeViolations } from '../src/axe.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

const metaJson = (page: Page) =>
  page.evaluate(() => JSON.stringify((window as unknown as { __roundtable: { doc: { getMap(n: string): { toJSON(): unknown } } } }).__roundtable.doc.getMap('meta').toJSON()));

const cardRow = (page: Page, index: number) => page.getByTestId('voting-panel').getByTestId('voting-card').nth(index);

describe('dot voting', () => {
  it('runs a round with secret votes, reveals the totals and records them on the cards', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    // The programme set-up template comes with risks.
    const link = await createBoardFromHome(alice.page, e2e.server.url, 'Voting workshop', 'programme-setup');
    await joinBoard(bob.page, link);

    await facilitate(alice.page, 'start-voting');
    await alice.page.getByTestId('voting-question').fill('Which risks first?');
    await alice.page.getByTestId('voting-cards-risk').check();
    await alice.page.getByTestId('voting-votes-each').fill('2');
    await alice.page.getByTestId('voting-start').click();

    // The round opens by itself on Bob's screen.
    const bobPanel = bob.page.getByTestId('voting-panel');
    await expect.poll(() => bobPanel.getByTestId('votes-left').textContent(), poll).toContain('2 votes left of 2');
    const favourite = cardRow(bob.page, 1);
    const favouriteName = await favourite.locator('.voting__name').textContent();
    await favourite.getByTestId('add-vote').click();
    await expect.poll(() => bobPanel.getByTestId('votes-left').textContent(), poll).toContain('1 vote left');
    await favourite.getByTestId('add-vote').click();
    await expect.poll(() => bobPanel.getByTestId('votes-left').textContent(), poll).toContain('0 votes left');
    expect(await favourite.getByTestId('add-vote').isDisabled()).toBe(true);
    expect(await seriousAxeViolations(bob.page)).toEqual([]);

    // Alice sees that someone voted, but not what: no totals anywhere, not even in her copy of the board.
    const alicePanel = alice.page.getByTestId('voting-panel');
    await expect.poll(() => alicePanel.getByTestId('voting-status').textContent(), poll).toContain('1 person voted so far');
    expect(await alicePanel.getByTestId('voting-total').count()).toBe(0);
    expect(await metaJson(alice.page)).not.toContain('"results":{');

    await alicePanel.getByTestId('voting-reveal').click();
    await expect.poll(() => bobPanel.getByTestId('voting-status').textContent(), poll).toContain('revealed');
    expect(await cardRow(bob.page, 0).locator('.voting__name').textContent()).toBe(favouriteName);
    expect(await cardRow(bob.page, 0).getByTestId('voting-total').textContent()).toBe('2 votes');

    await alicePanel.getByTestId('voting-record').click();
    await expect.poll(() => alicePanel.getByRole('status').last().textContent(), poll).toContain('Recorded');
    await bobPanel.getByRole('button', { name: 'Close' }).click();
    await bob.page.getByTestId('view-tab-risks').click();
    await bob.page.getByTestId('risk-card').filter({ hasText: favouriteName! }).first().click();
    await expect.poll(() => bob.page.getByTestId('entity-votes').textContent(), poll).toBe('Dot votes: 2');

    await alicePanel.getByTestId('voting-end').click();
    await expect.poll(() => bob.page.getByTestId('voting-button').count(), poll).toBe(0);
    await alice.context.close();
    await bob.context.close();
  });
});
