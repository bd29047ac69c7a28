import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { addNote, createBoardFromHome, joinBoard, noteWithText, participant } from '../src/pages.ts';
import { openHistory, saveVersion, versionItem } from '../src/version-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('version history', () => {
  it('saves a version, shows what a participant changed since, and restores it onto the board for everyone', async () => {
    const facilitator = await participant(e2e.browser, 'Fatima Facilitator');
    const editor = await participant(e2e.browser, 'Pat Participant');
    const link = await createBoardFromHome(facilitator.page, e2e.server.url, 'Discharge planning');
    await addNote(facilitator.page, 'Keep families informed');
    await joinBoard(editor.page, link);
    await noteWithText(editor.page, 'Keep families informed').waitFor();

    await openHistory(facilitator.page);
    await saveVersion(facilitator.page, 'Before changes');
    await expect.poll(() => versionItem(facilitator.page, 'Before changes').textContent(), poll).toContain('Saved by Fatima Facilitator');
    await facilitator.page.getByTestId('versions-close').click();

    // The participant deletes the card and adds another one.
    await noteWithText(editor.page, 'Keep families informed').click();
    await editor.page.keyboard.press('Delete');
    await expect.poll(() => noteWithText(editor.page, 'Keep families informed').count(), poll).toBe(0);
    await addNote(editor.page, 'Weekly ward huddle');
    await expect.poll(() => noteWithText(facilitator.page, 'Weekly ward huddle').count(), poll).toBe(1);

    // The facilitator sees what changed since the version.
    await openHistory(facilitator.page);
    await versionItem(facilitator.page, 'Before changes').getByTestId('version-compare-now').click();
    await expect.poll(() => facilitator.page.getByTestId('diff-entities-added').textContent(), poll).toContain('Note: Weekly ward huddle');
    expect(await facilitator.page.getByTestId('diff-entities-removed').textContent()).toContain('Note: Keep families informed');

    // Restoring onto the board asks first, then every screen shows the old card back and the new one gone.
    await facilitator.page.getByTestId('versions-back').click();
    const question = new Promise<string>((resolve) =>
      facilitator.page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.accept();
      }),
    );
    await versionItem(facilitator.page, 'Before changes').getByTestId('version-restore-onto').click();
    expect(await question).toContain('as new changes');
    await expect.poll(() => facilitator.page.getByTestId('versions-status').textContent(), poll).toContain('Restored “Before changes”');
    await expect.poll(() => noteWithText(editor.page, 'Keep families informed').count(), poll).toBe(1);
    await expect.poll(() => noteWithText(editor.page, 'Weekly ward huddle').count(), poll).toBe(0);

    // The state it replaced was kept as a version; the participant, an editor, cannot restore onto the board.
    expect(await versionItem(facilitator.page, 'Before restoring “Before changes”').count()).toBe(1);
    await openHistory(editor.page);
    await versionItem(editor.page, 'Before changes').waitFor();
    expect(await editor.page.getByTestId('version-restore-onto').count()).toBe(0);
    expect(await editor.page.getByTestId('version-restore-new').count()).toBeGreaterThan(0);
    await facilitator.context.close();
    await editor.context.close();
  });
});
