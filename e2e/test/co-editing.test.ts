import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { addNote, createBoardFromHome, noteWithText, participant } from '../src/pages.ts';

const e2e = useBrowserAndServer();

describe('two people on one board', () => {
  it('see each other’s notes and cursors, and the notes survive a server restart', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Discharge pathway');
    await bob.page.goto(boardUrl);

    await addNote(alice.page, 'Ask the carers forum');
    await expect.poll(() => noteWithText(bob.page, 'Ask the carers forum').count(), { timeout: 10_000 }).toBe(1);
    await addNote(bob.page, 'Book the venue');
    await expect.poll(() => noteWithText(alice.page, 'Book the venue').count(), { timeout: 10_000 }).toBe(1);

    const pane = bob.page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await bob.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await bob.page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30, { steps: 5 });
    await expect.poll(() => alice.page.getByTestId('remote-cursor').filter({ hasText: 'Bob' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => alice.page.getByTestId('avatar').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => alice.page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('All changes saved');

    await e2e.server.restart();
    await alice.page.reload();
    await expect.poll(() => noteWithText(alice.page, 'Ask the carers forum').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => noteWithText(alice.page, 'Book the venue').count()).toBe(1);
    await alice.context.close();
    await bob.context.close();
  });

  it('merges a note added while offline once the server is back', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Offline board');
    await bob.page.goto(boardUrl);
    await addNote(alice.page, 'Written before the outage');
    await expect.poll(() => noteWithText(bob.page, 'Written before the outage').count(), { timeout: 10_000 }).toBe(1);

    await e2e.server.stop();
    await expect.poll(() => alice.page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('Offline — changes kept on this device');
    await addNote(alice.page, 'Written while offline');
    await e2e.server.restart();

    await expect.poll(() => noteWithText(bob.page, 'Written while offline').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => alice.page.getByTestId('save-status').textContent(), { timeout: 20_000 }).toBe('All changes saved');
    await alice.context.close();
    await bob.context.close();
  });
});
