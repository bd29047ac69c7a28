import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { addNote, createBoardFromHome, dragBy, joinBoard, noteWithText, participant } from '../src/pages.ts';
import { activityLines, openActivity } from '../src/activity-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('activity feed', () => {
  it('shows who added, moved and removed which card, live, and opens a card that is still there', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const link = await createBoardFromHome(alice.page, e2e.server.url, 'Hospital discharge');
    await joinBoard(bob.page, link);

    await addNote(alice.page, 'Old idea');
    await noteWithText(alice.page, 'Old idea').click();
    await alice.page.keyboard.press('Delete');
    await expect.poll(() => noteWithText(alice.page, 'Old idea').count(), poll).toBe(0);

    await openActivity(alice.page);
    await expect.poll(() => activityLines(alice.page), poll).toEqual(['Alice removed the note “Old idea”', 'Alice added the note “Old idea”']);
    // A removed card cannot be opened.
    expect(await alice.page.getByTestId('activity-open').count()).toBe(0);

    // Bob adds a card, then moves it: the feed, still open, shows one line for all of it.
    await addNote(bob.page, 'Workforce gaps');
    await dragBy(bob.page, '[data-testid="note"]', 120, 60);
    await expect.poll(() => activityLines(alice.page), poll).toEqual([
      'Bob added the note “Workforce gaps”',
      'Alice removed the note “Old idea”',
      'Alice added the note “Old idea”',
    ]);

    await alice.page.getByTestId('activity-open').click();
    await expect.poll(() => alice.page.getByTestId('versions-dialog').count(), poll).toBe(0);
    await expect.poll(() => noteWithText(alice.page, 'Workforce gaps').getAttribute('class'), poll).toContain('note--selected');
    await alice.context.close();
    await bob.context.close();
  });
});
