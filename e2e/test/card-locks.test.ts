import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { addNote, createBoardFromHome, dragBy, facilitate, joinBoard, layoutField, noteWithText, participant, viewUrl } from '../src/pages.ts';
import { addStakeholder, dragCard, stakeholderCard } from '../src/stakeholder-pages.ts';
import { lockedBy } from '../src/lock-pages.ts';
import { entityField } from '../src/dependency-pages.ts';
import { seriousAxeViolations } from '../src/axe.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('locked cards', () => {
  it('a facilitator locks a card: others see "Locked" and cannot move, edit or delete it until it is unlocked', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const link = await createBoardFromHome(alice.page, e2e.server.url, 'Locks board');
    await joinBoard(alice.page, viewUrl(link, 'stakeholders'));
    const id = await addStakeholder(alice.page, 'Director of Public Health');
    await stakeholderCard(alice.page, id).click();
    await facilitate(alice.page, 'lock-selected');
    await expect.poll(() => lockedBy(alice.page, id), poll).toBe('Alice');

    await joinBoard(bob.page, viewUrl(link, 'stakeholders'));
    const bobCard = stakeholderCard(bob.page, id);
    await expect.poll(() => bobCard.getByTestId('lock-mark').textContent(), poll).toContain('Locked');
    const power = await entityField(bob.page, id, 'power');
    const interest = await entityField(bob.page, id, 'interest');

    // Bob's drag leaves the card where it was; his side panel shows who locked it and its fields are off.
    await dragCard(bob.page, id, 160, -120);
    await bobCard.click();
    const panel = bob.page.getByTestId('side-panel');
    await expect.poll(() => panel.getByTestId('side-panel-lock-status').textContent(), poll).toContain('Locked by Alice');
    expect(await panel.getByTestId('side-panel-field-name').isDisabled()).toBe(true);
    expect(await panel.getByRole('button', { name: /^Delete/ }).isDisabled()).toBe(true);
    await bobCard.focus();
    await bob.page.keyboard.press('ArrowUp');
    await bob.page.keyboard.press('Delete');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await entityField(alice.page, id, 'power')).toBe(power);
    expect(await entityField(alice.page, id, 'interest')).toBe(interest);
    expect(await stakeholderCard(alice.page, id).count()).toBe(1);
    expect(await bob.page.getByTestId('facilitate-menu').count()).toBe(0);

    // The facilitator can still move it.
    await dragCard(alice.page, id, 160, -120);
    await expect.poll(() => entityField(bob.page, id, 'interest'), poll).not.toBe(interest);

    // Unlocked, Bob can edit it again.
    await stakeholderCard(alice.page, id).click();
    await facilitate(alice.page, 'unlock-selected');
    await expect.poll(() => bobCard.getByTestId('lock-mark').count(), poll).toBe(0);
    const name = panel.getByTestId('side-panel-field-name');
    await expect.poll(() => name.isDisabled(), poll).toBe(false);
    await name.fill('Director of Public Health (lead)');
    await name.press('Enter');
    await expect.poll(() => stakeholderCard(alice.page, id).textContent(), poll).toContain('(lead)');
    await alice.context.close();
    await bob.context.close();
  });

  it('on the canvas a locked note cannot be dragged, typed into or deleted by others; the side panel toggles the lock', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const link = await createBoardFromHome(alice.page, e2e.server.url, 'Locked canvas');
    await addNote(alice.page, 'Agreed: shared budget');
    const note = noteWithText(alice.page, 'Agreed: shared budget');
    const id = (await note.getAttribute('data-note-id'))!;
    await note.click();
    await alice.page.getByTestId('side-panel-lock-toggle').click();
    await expect.poll(() => lockedBy(alice.page, id), poll).toBe('Alice');

    await joinBoard(bob.page, link);
    const bobNote = bob.page.locator(`[data-note-id="${id}"]`);
    await expect.poll(() => bobNote.getByTestId('lock-mark').textContent(), poll).toContain('Locked');
    const x = await layoutField(bob.page, id, 'x');
    await dragBy(bob.page, `[data-note-id="${id}"]`, 200, 80);
    await bobNote.dblclick();
    expect(await bobNote.locator('textarea').count()).toBe(0);
    await bobNote.click();
    await bob.page.keyboard.press('Enter');
    expect(await bobNote.locator('textarea').count()).toBe(0);
    await bob.page.keyboard.press('Delete');
    expect(await bob.page.getByTestId('delete-selected').isDisabled()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await layoutField(alice.page, id, 'x')).toBe(x);
    expect(await alice.page.locator(`[data-note-id="${id}"]`).count()).toBe(1);

    await alice.page.getByTestId('side-panel-lock-toggle').click();
    await expect.poll(() => bobNote.getByTestId('lock-mark').count(), poll).toBe(0);
    await dragBy(bob.page, `[data-note-id="${id}"]`, 200, 80);
    await expect.poll(async () => (await layoutField(alice.page, id, 'x'))! > x! + 100, poll).toBe(true);
    await alice.context.close();
    await bob.context.close();
  });

  it('shows locked cards with no serious accessibility problems in any view, for the facilitator and for others', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const link = await createBoardFromHome(alice.page, e2e.server.url, 'Locked everywhere', 'programme-setup');
    await addNote(alice.page, 'Agreed at the programme board');
    await alice.page.getByTestId('view-tab-stakeholders').click();
    await alice.page.getByTestId('stakeholder-card').first().waitFor();
    const id = await addStakeholder(alice.page, 'Carers forum');
    // Lock every card at once, as selecting them all and choosing "Lock selected cards" would.
    await alice.page.evaluate(() => {
      const hook = (window as unknown as { __roundtable: { doc: { transact(f: () => void): void; getMap(n: string): Map<string, unknown> } } }).__roundtable;
      const locks = hook.doc.getMap('locks');
      const at = new Date().toISOString();
      hook.doc.transact(() => [...hook.doc.getMap('entities').keys()].forEach((card) => locks.set(card, { by: 'Alice', at })));
    });

    await joinBoard(bob.page, link);
    for (const view of ['canvas', 'stakeholders', 'dependencies', 'timeline', 'risks', 'plan', 'kpis']) {
      await bob.page.getByTestId(`view-tab-${view}`).click();
      if (view !== 'plan') await bob.page.getByTestId('lock-mark').first().waitFor();
      expect({ view, problems: await seriousAxeViolations(bob.page) }).toEqual({ view, problems: [] });
    }
    await bob.page.getByTestId('view-tab-stakeholders').click();
    await stakeholderCard(bob.page, id).focus();
    await bob.page.getByTestId('side-panel-lock-status').waitFor();
    expect(await seriousAxeViolations(bob.page)).toEqual([]);

    await alice.page.getByTestId('view-tab-stakeholders').click();
    await stakeholderCard(alice.page, id).focus();
    await alice.page.getByTestId('side-panel-lock-toggle').waitFor();
    await alice.page.getByTestId('facilitate-menu').locator('summary').click();
    await alice.page.getByTestId('unlock-selected').waitFor();
    expect(await seriousAxeViolations(alice.page)).toEqual([]);
    await alice.context.close();
    await bob.context.close();
  });
});
