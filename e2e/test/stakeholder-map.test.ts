import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, participant, viewUrl } from '../src/pages.ts';
import { addStakeholder, dragCard, registerNumber, registerRow, stakeholderCard } from '../src/stakeholder-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('stakeholder map and register with two people', () => {
  it('drags a card on one screen and the other screen’s register follows; the side panel edits for everyone', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Stakeholder board');
    await alice.page.getByTestId('view-tab-stakeholders').click();
    await bob.page.goto(viewUrl(boardUrl, 'stakeholders'));
    await expect.poll(() => bob.page.getByTestId('quadrant-manage-closely').textContent(), poll).toContain('Manage closely');

    // An organisation, then a stakeholder in it, named and placed through the side panel.
    await alice.page.getByTestId('new-organisation-name').fill('Riverside NHS Trust');
    await alice.page.getByTestId('add-organisation').click();
    const nurse = await addStakeholder(alice.page, 'Director of Nursing');
    await alice.page.getByTestId('side-panel-field-organisation').selectOption({ label: 'Riverside NHS Trust' });
    await expect.poll(() => stakeholderCard(bob.page, nurse).textContent(), poll).toContain('Riverside NHS Trust');
    expect(await registerNumber(bob.page, nurse, 'power')).toBe(5);

    // Alice drags the card towards low power and high interest; Bob's register shows the new rating live.
    await alice.page.getByTestId('side-panel').getByRole('button', { name: 'Close details' }).click();
    await dragCard(alice.page, nurse, 220, 150, async (pointer) => {
      await alice.page.waitForTimeout(100);
      const box = (await stakeholderCard(alice.page, nurse).boundingBox())!;
      expect(Math.abs(box.x + box.width / 2 - pointer.x)).toBeLessThan(8);
      expect(Math.abs(box.y + box.height / 2 - pointer.y)).toBeLessThan(8);
    });
    // The side panel waits for the pointer to be let go before it opens beside the map.
    await expect.poll(() => alice.page.getByTestId('side-panel').count(), poll).toBe(1);
    await expect.poll(() => registerNumber(bob.page, nurse, 'interest'), poll).toBeGreaterThan(7);
    await expect.poll(() => registerNumber(bob.page, nurse, 'power'), poll).toBeLessThan(3);
    await expect.poll(() => registerRow(bob.page, nurse).textContent(), poll).toContain('Keep informed');
    expect(await registerNumber(alice.page, nurse, 'power')).toBe(await registerNumber(bob.page, nurse, 'power'));

    // The whole drag is one undo step.
    await stakeholderCard(alice.page, nurse).focus();
    await alice.page.keyboard.press('Control+z');
    await expect.poll(() => registerNumber(bob.page, nurse, 'power'), poll).toBe(5);
    expect(await registerNumber(bob.page, nurse, 'interest')).toBe(5);

    // Arrow keys nudge a focused card: up is more power.
    await alice.page.keyboard.press('ArrowUp');
    await alice.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => registerNumber(bob.page, nurse, 'power'), poll).toBe(6);
    await expect.poll(() => registerNumber(bob.page, nurse, 'interest'), poll).toBe(4.5);

    // Enter moves into the side panel; an edited field reaches Bob's register and his own side panel.
    await alice.page.keyboard.press('Enter');
    await expect.poll(() => alice.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), poll)
      .toBe('side-panel-field-name');
    await alice.page.getByTestId('side-panel-field-role').fill('Executive lead for nursing');
    await alice.page.getByTestId('side-panel-field-role').press('Enter');
    await alice.page.getByTestId('side-panel-field-attitude').selectOption('champion');
    await expect.poll(() => registerRow(bob.page, nurse).getByTestId('register-role').inputValue(), poll).toBe('Executive lead for nursing');
    await expect.poll(() => stakeholderCard(bob.page, nurse).textContent(), poll).toContain('Champion');
    await stakeholderCard(bob.page, nurse).click();
    await expect.poll(() => bob.page.getByTestId('side-panel-field-role').inputValue(), poll).toBe('Executive lead for nursing');

    // Escape closes Bob's panel; Delete removes the selected stakeholder for everyone.
    await bob.page.keyboard.press('Escape');
    await expect.poll(() => bob.page.getByTestId('side-panel').count(), poll).toBe(0);
    await stakeholderCard(alice.page, nurse).focus();
    await alice.page.keyboard.press('Delete');
    await expect.poll(() => bob.page.getByTestId('stakeholder-card').count(), poll).toBe(0);
    await expect.poll(() => bob.page.getByTestId('register-row').count(), poll).toBe(0);

    await alice.context.close();
    await bob.context.close();
  });
});
