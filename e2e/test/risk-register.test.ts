import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, participant } from '../src/pages.ts';
import { dragOnto, openView, riskRow, riskScoreIn } from '../src/risk-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('risk register with two people', () => {
  it('re-scores a risk dragged on the heat grid, and the other person’s table follows', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Risk board');
    await openView(alice.page, boardUrl, 'risks', 'risk-grid');
    await openView(bob.page, boardUrl, 'risks', 'risk-grid');

    // Add a risk and name it in the table; it starts in the middle of the grid.
    await alice.page.getByTestId('add-risk').click();
    await alice.page.getByTestId('risk-row').locator('input[name="title"]').fill('Not enough staff to run the clinics');
    const card = alice.page.getByTestId('risk-card');
    const id = (await card.getAttribute('data-entity-id'))!;
    await expect.poll(() => riskRow(bob.page, id).locator('input[name="title"]').inputValue(), poll).toBe('Not enough staff to run the clinics');
    expect(await alice.page.getByTestId('risk-cell-3-3').getByTestId('risk-card').count()).toBe(1);
    expect(await riskScoreIn(bob.page, id)).toBe(9);

    // Drag it to likelihood 5, impact 4: Bob's table shows the new score and band in words. The new risk is
    // selected, so the side panel opens beside the grid; measure the cells only once it has.
    await alice.page.getByTestId('side-panel').waitFor();
    await dragOnto(alice.page, card, alice.page.getByTestId('risk-cell-5-4'));
    await expect.poll(() => riskScoreIn(bob.page, id), poll).toBe(20);
    expect(await riskRow(bob.page, id).textContent()).toContain('High risk (red)');
    await expect.poll(() => bob.page.getByTestId('risk-cell-5-4').getByTestId('risk-card').count(), poll).toBe(1);

    // The whole drag is one undo step.
    await alice.page.keyboard.press('Control+z');
    await expect.poll(() => riskScoreIn(bob.page, id), poll).toBe(9);

    // Keyboard: arrows move the focused card one cell at a time.
    await alice.page.getByTestId('risk-card').focus();
    await alice.page.keyboard.press('ArrowRight');
    await alice.page.keyboard.press('ArrowRight');
    await expect.poll(() => riskScoreIn(bob.page, id), poll).toBe(15);
    await expect.poll(() => alice.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), poll).toBe('risk-card');

    // Editing in the table moves the card on the other person's grid.
    await riskRow(bob.page, id).getByLabel(/^Likelihood of/).selectOption('1');
    await expect.poll(() => alice.page.getByTestId('risk-cell-1-5').getByTestId('risk-card').count(), poll).toBe(1);
    expect(await alice.page.getByTestId('risk-cell-1-5').getAttribute('aria-label')).toContain('Medium risk (amber)');

    await alice.context.close();
    await bob.context.close();
  });
});
