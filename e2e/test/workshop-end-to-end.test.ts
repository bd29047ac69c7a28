import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { addNote, createBoardFromHome, facilitate, joinBoard, noteWithText, participant, shareLink } from '../src/pages.ts';
import { currentTab, openTab } from '../src/facilitation-pages.ts';
import { openHistory, saveVersion } from '../src/version-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('a workshop run end to end with three links', () => {
  it('facilitator shares an editor and a viewer link, runs the session, saves a version and archives the board', async () => {
    const facilitator = await participant(e2e.browser, 'Fatima');
    const partner = await participant(e2e.browser, 'Ben');
    const observer = await participant(e2e.browser, 'Olu');
    const editorLink = await createBoardFromHome(facilitator.page, e2e.server.url, 'Ageing well partnership', 'partnership-plan');
    const viewerLink = await shareLink(facilitator.page, 'viewer');
    await joinBoard(partner.page, editorLink);
    await joinBoard(observer.page, viewerLink);
    await expect.poll(() => observer.page.getByTestId('access-note').textContent(), poll).toContain('View only');

    // The facilitator starts the clock and brings everyone to the stakeholder map.
    await facilitate(facilitator.page, 'timer-start-10');
    await expect.poll(() => observer.page.getByTestId('timer-display').textContent(), poll).toMatch(/^(10:00|9:5\d)$/);
    await openTab(facilitator.page, 'stakeholders');
    await facilitate(facilitator.page, 'bring-everyone');
    await expect.poll(() => currentTab(partner.page), poll).toBe('stakeholders');
    await expect.poll(() => currentTab(observer.page), poll).toBe('stakeholders');

    // The partner adds to the board; everyone sees it, the observer cannot add anything.
    await partner.page.getByRole('button', { name: 'Stop following' }).click();
    await openTab(partner.page, 'canvas');
    await addNote(partner.page, 'Carers need a single contact');
    await openTab(facilitator.page, 'canvas');
    await expect.poll(() => noteWithText(facilitator.page, 'Carers need a single contact').count(), poll).toBe(1);
    await openTab(observer.page, 'canvas');
    await expect.poll(() => noteWithText(observer.page, 'Carers need a single contact').count(), poll).toBe(1);
    expect(await observer.page.getByTestId('add-note').isDisabled()).toBe(true);

    // At the end: a named version, then the board is locked and archived for everyone.
    await openHistory(facilitator.page);
    await saveVersion(facilitator.page, 'End of workshop');
    await facilitator.page.keyboard.press('Escape');
    await facilitate(facilitator.page, 'share-board');
    await facilitator.page.getByTestId('board-mode-archived').check();
    await facilitator.page.getByTestId('share-dialog').getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => partner.page.getByTestId('access-note').textContent(), poll).toContain('Archived');
    await expect.poll(() => partner.page.getByTestId('add-note').isDisabled(), poll).toBe(true);
    await expect.poll(() => facilitator.page.getByTestId('add-note').isDisabled(), poll).toBe(true);

    for (const person of [facilitator, partner, observer]) await person.context.close();
  });
});
