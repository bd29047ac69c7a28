import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from '../src/session.ts';
import { addNote, createBoardFromHome, facilitate, joinBoard, noteWithText, participant, shareLink } from '../src/pages.ts';
import { seriousAxeViolations } from '../src/axe.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

const noteCount = (page: Page) => page.getByTestId('note').count();

/** Writes straight into the page's document, as a modified client could, bypassing the disabled controls. */
const writeBehindTheUi = (page: Page, key: string) =>
  page.evaluate((k) => {
    const hook = (window as unknown as { __roundtable: { doc: { getMap(n: string): { set(k: string, v: unknown): void } } } }).__roundtable;
    hook.doc.getMap('entities').set(k, { forged: true });
  }, key);

const entityKeys = (page: Page) =>
  page.evaluate(() => {
    const hook = (window as unknown as { __roundtable: { doc: { getMap(n: string): { toJSON(): Record<string, unknown> } } } }).__roundtable;
    return Object.keys(hook.doc.getMap('entities').toJSON());
  });

async function setMode(page: Page, mode: 'open' | 'locked' | 'archived'): Promise<void> {
  await facilitate(page, 'share-board');
  await page.getByTestId(`board-mode-${mode}`).check();
  await page.getByTestId('share-dialog').getByRole('button', { name: 'Done' }).click();
}

describe('roles and share links', () => {
  it('lets a viewer watch live but not edit, and the server drops what a viewer writes anyway', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const vera = await participant(e2e.browser, 'Vera');
    await createBoardFromHome(alice.page, e2e.server.url, 'Watched board');
    const viewerLink = await shareLink(alice.page, 'viewer');
    await joinBoard(vera.page, viewerLink);

    await expect.poll(() => vera.page.getByTestId('access-note').textContent(), poll).toContain('View only');
    expect(await seriousAxeViolations(vera.page)).toEqual([]);
    expect(await vera.page.getByTestId('add-note').isDisabled()).toBe(true);
    expect(await vera.page.getByTestId('facilitate-menu').count()).toBe(0);
    await addNote(alice.page, 'Seen by the viewer');
    await expect.poll(() => noteWithText(vera.page, 'Seen by the viewer').count(), poll).toBe(1);

    await writeBehindTheUi(vera.page, 'forged-by-viewer');
    await addNote(alice.page, 'Written after the forgery');
    await expect.poll(() => noteWithText(vera.page, 'Written after the forgery').count(), poll).toBe(1);
    expect(await entityKeys(alice.page)).not.toContain('forged-by-viewer');
    await alice.context.close();
    await vera.context.close();
  });

  it('locks the board for everyone but facilitators, and opens it again', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const editorLink = await createBoardFromHome(alice.page, e2e.server.url, 'Locked board');
    await joinBoard(bob.page, editorLink);
    await addNote(bob.page, 'Before the lock');
    await expect.poll(() => noteCount(alice.page), poll).toBe(1);

    await setMode(alice.page, 'locked');
    await expect.poll(() => bob.page.getByTestId('access-note').textContent(), poll).toContain('Locked');
    await expect.poll(() => bob.page.getByTestId('add-note').isDisabled(), poll).toBe(true);
    await addNote(alice.page, 'Facilitator while locked');
    await expect.poll(() => noteWithText(bob.page, 'Facilitator while locked').count(), poll).toBe(1);

    await setMode(alice.page, 'open');
    await expect.poll(() => bob.page.getByTestId('access-note').count(), poll).toBe(0);
    await addNote(bob.page, 'After the lock');
    await expect.poll(() => noteWithText(alice.page, 'After the lock').count(), poll).toBe(1);
    await alice.context.close();
    await bob.context.close();
  });

  it('replacing the editor link disconnects its holders, who need the new link; the home page lists held boards', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const oldLink = await createBoardFromHome(alice.page, e2e.server.url, 'Replaced link');
    await joinBoard(bob.page, oldLink);

    await bob.page.goto(e2e.server.url + '/');
    const row = bob.page.getByTestId('board-item').filter({ hasText: 'Replaced link' });
    await expect.poll(() => row.getByTestId('board-role').textContent(), poll).toBe('Editor');
    expect(await row.getByTestId('delete-board').count()).toBe(0);
    await row.getByRole('link', { name: 'Replaced link' }).click();
    await bob.page.waitForFunction(() => (window as unknown as { __roundtable?: unknown }).__roundtable !== undefined);

    await facilitate(alice.page, 'share-board');
    alice.page.once('dialog', (dialog) => void dialog.accept());
    await alice.page.getByTestId('replace-link-editor').click();
    await alice.page.waitForFunction(
      (old) => (document.querySelector('[data-testid="share-link-editor"]') as HTMLInputElement).value !== old,
      oldLink,
    );
    const newLink = await alice.page.getByTestId('share-link-editor').inputValue();
    expect(await seriousAxeViolations(alice.page)).toEqual([]);
    await expect.poll(() => bob.page.getByRole('alert').textContent(), poll).toContain('no longer opens this board');

    await bob.page.reload();
    await expect.poll(() => bob.page.getByTestId('board-unavailable').textContent(), poll).toContain('You need a link');
    // Pasting the new link into the same page changes only the part after '#': the board opens all the same.
    await joinBoard(bob.page, newLink);
    await addNote(bob.page, 'With the new link');
    await expect.poll(() => noteWithText(alice.page, 'With the new link').count(), poll).toBe(1);
    await alice.context.close();
    await bob.context.close();
  });
});
