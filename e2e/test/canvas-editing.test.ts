import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { addNote, createBoardFromHome, dragBy, layoutField, noteWithText, participant } from '../src/pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('free canvas with two people', () => {
  it('moves, resizes, colours, connects, deletes and undoes notes, and the other person sees every change', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Canvas board');
    await bob.page.goto(boardUrl);
    await addNote(alice.page, 'Recruit patient partners');
    await addNote(alice.page, 'Run the survey');
    const first = noteWithText(alice.page, 'Recruit patient partners');
    const second = noteWithText(alice.page, 'Run the survey');
    const firstId = (await first.getAttribute('data-note-id'))!;
    const secondId = (await second.getAttribute('data-note-id'))!;
    await expect.poll(() => bob.page.getByTestId('note').count(), poll).toBe(2);

    // Move (grabbing the corner the second, cascaded note leaves uncovered): the other person gets the new place.
    const xBefore = (await layoutField(bob.page, firstId, 'x'))!;
    await alice.page.locator('.react-flow__pane').click({ position: { x: 60, y: 60 } });
    await dragBy(alice.page, `[data-note-id="${firstId}"]`, -260, 0, 'corner');
    await expect.poll(async () => (await layoutField(bob.page, firstId, 'x'))! < xBefore - 100, poll).toBe(true);

    // Resize from the bottom-right corner of the selected note.
    await first.click();
    const wBefore = (await layoutField(bob.page, firstId, 'w'))!;
    await dragBy(alice.page, `.react-flow__node[data-id="${firstId}"] .react-flow__resize-control.handle.bottom.right`, 80, 40);
    await expect.poll(async () => (await layoutField(bob.page, firstId, 'w'))! > wBefore + 40, poll).toBe(true);

    // Colour.
    await alice.page.getByTestId('note-color-blue').click();
    await expect.poll(() => bob.page.locator(`[data-note-id="${firstId}"]`).getAttribute('data-color'), poll).toBe('blue');

    // Selection shows to others with the selector's name.
    await bob.page.locator(`[data-note-id="${secondId}"]`).click();
    await expect.poll(() => alice.page.locator(`[data-note-id="${secondId}"] [data-testid="peer-selection"]`).textContent(), poll).toContain('Bob');

    // Connect: drag from a handle of the first note onto the second.
    const handle = alice.page.locator(`.react-flow__node[data-id="${firstId}"] .react-flow__handle-right`);
    const from = (await handle.boundingBox())!;
    const to = (await alice.page.locator(`[data-note-id="${secondId}"]`).boundingBox())!;
    await alice.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await alice.page.mouse.down();
    await alice.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await alice.page.mouse.up();
    await expect.poll(() => bob.page.locator('.react-flow__edge').count(), poll).toBe(1);

    // Delete takes the arrow with it; undo brings both back for everyone.
    await alice.page.locator(`[data-note-id="${secondId}"]`).click();
    await alice.page.keyboard.press('Delete');
    await expect.poll(() => bob.page.getByTestId('note').count(), poll).toBe(1);
    await expect.poll(() => bob.page.locator('.react-flow__edge').count(), poll).toBe(0);
    await alice.page.getByTestId('undo').click();
    await expect.poll(() => bob.page.getByTestId('note').count(), poll).toBe(2);
    await expect.poll(() => bob.page.locator('.react-flow__edge').count(), poll).toBe(1);

    // Bob's undo is his own: he has changed nothing, so Alice's work stays.
    await bob.page.locator('.react-flow__pane').click();
    await bob.page.keyboard.press('Control+z');
    await new Promise((r) => setTimeout(r, 300));
    expect(await alice.page.getByTestId('note').count()).toBe(2);
    expect(await alice.page.locator(`[data-note-id="${firstId}"]`).getAttribute('data-color')).toBe('blue');

    await alice.context.close();
    await bob.context.close();
  });
});
