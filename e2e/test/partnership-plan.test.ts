import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, participant } from '../src/pages.ts';
import { openView } from '../src/risk-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('partnership plan and KPIs with two people', () => {
  it('shares notes, references and their order under the eight questions', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Plan board');
    await openView(alice.page, boardUrl, 'plan', 'plan-section-1');
    await openView(bob.page, boardUrl, 'plan', 'plan-section-1');
    expect(await alice.page.getByTestId('plan-section-8').textContent()).toContain('What is our plan beyond this project?');

    // A note typed under "Who do we need to work with or involve?" appears for Bob.
    await alice.page.getByTestId('plan-add-note-2').click();
    await alice.page.getByTestId('plan-section-2').getByTestId('plan-item').locator('textarea').fill('Invite the carers forum');
    const bobSection = bob.page.getByTestId('plan-section-2');
    await expect.poll(() => bobSection.getByTestId('plan-item').locator('textarea').inputValue(), poll).toBe('Invite the carers forum');

    // A second note, moved above the first by Bob: Alice sees the new order.
    await alice.page.getByTestId('plan-add-note-2').click();
    await alice.page.getByTestId('plan-section-2').getByTestId('plan-item').nth(1).locator('textarea').fill('Ask the youth council');
    await expect.poll(() => bobSection.getByTestId('plan-item').count(), poll).toBe(2);
    await bobSection.getByRole('button', { name: 'Move note up' }).nth(1).click();
    const aliceNotes = alice.page.getByTestId('plan-section-2').locator('textarea');
    await expect.poll(() => aliceNotes.first().inputValue(), poll).toBe('Ask the youth council');

    // A KPI added on the KPIs tab can be referenced under "How will we know this is working?".
    await alice.page.getByTestId('view-tab-kpis').click();
    await alice.page.getByTestId('add-kpi').click();
    await alice.page.getByTestId('kpi-row').locator('input[name="name"]').fill('Carers who feel listened to');
    await alice.page.getByTestId('kpi-row').locator('input[name="current"]').fill('42');
    await alice.page.getByTestId('view-tab-plan').click();
    await alice.page.getByTestId('plan-reference-choice-6').selectOption({ label: 'Carers who feel listened to (KPI)' });
    await alice.page.getByTestId('plan-add-reference-6').click();
    await expect.poll(() => bob.page.getByTestId('plan-section-6').getByTestId('plan-item').textContent(), poll).toContain('Carers who feel listened to');

    // Bob sees the KPI and its current value on his KPIs tab.
    await bob.page.getByTestId('view-tab-kpis').click();
    const bobRow = bob.page.getByTestId('kpi-row');
    await expect.poll(() => bobRow.locator('input[name="current"]').inputValue(), poll).toBe('42');
    expect(await bob.page.getByTestId('kpi-table').textContent()).toContain('No targets at dated milestones');

    await alice.context.close();
    await bob.context.close();
  });
});
