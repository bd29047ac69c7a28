import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, facilitate, participant } from '../src/pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('workshop timer', () => {
  it('counts down for everyone, pauses, resumes, ends with "Time is up" and clears; only the facilitator runs it', async () => {
    const alice = await participant(e2e.browser, 'Facilitator');
    const bob = await participant(e2e.browser, 'Participant');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Timed session');
    await bob.page.goto(boardUrl);
    await bob.page.getByTestId('view-tab-canvas').waitFor();
    expect(await bob.page.getByTestId('facilitate-menu').count()).toBe(0);

    await facilitate(alice.page, 'timer-start-5');
    await expect.poll(() => bob.page.getByTestId('timer-display').textContent(), poll).toMatch(/^(5:00|4:5\d)$/);
    await alice.page.getByTestId('timer-pause').click();
    await expect.poll(() => bob.page.getByTestId('timer-display').textContent(), poll).toContain('(paused)');
    const paused = await bob.page.getByTestId('timer-display').textContent();
    await new Promise((r) => setTimeout(r, 1200));
    expect(await bob.page.getByTestId('timer-display').textContent()).toBe(paused);
    expect(await bob.page.getByTestId('timer-resume').count()).toBe(0);
    await alice.page.getByTestId('timer-resume').click();
    await expect.poll(() => alice.page.getByTestId('timer-display').textContent(), poll).not.toContain('(paused)');

    // Run it down to the end quickly: set the shared timer to end in a moment.
    await alice.page.evaluate(() => {
      const hook = (window as unknown as { __roundtable: { doc: { getMap(n: string): { set(k: string, v: unknown): void } } } }).__roundtable;
      hook.doc.getMap('meta').set('timer', { durationMs: 1500, endsAt: Date.now() + 1500, remainingMs: 1500 });
    });
    await expect.poll(() => bob.page.getByTestId('timer-display').textContent(), poll).toBe('Time is up');

    await alice.page.getByTestId('timer-reset').click();
    await expect.poll(() => alice.page.getByTestId('timer-display').count(), poll).toBe(0);
    await alice.context.close();
    await bob.context.close();
  });
});
