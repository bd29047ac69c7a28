import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, dragBy, participant, viewUrl } from '../src/pages.ts';
import { addGraphCard, connectCards, entityField, setEntityFields } from '../src/dependency-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };
/** The timeline opens at the months zoom: 6 pixels a day. */
const DAY = 6;

describe('timeline with two people', () => {
  it('drags dates that the other person sees in their side panel, marks late dependencies and undoes a drag in one step', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Timeline board');
    await alice.page.goto(viewUrl(boardUrl, 'dependencies'));
    await alice.page.getByTestId('dependency-graph').waitFor();
    const workstream = await addGraphCard(alice.page, 'workstream');
    const survey = await addGraphCard(alice.page, 'activity');
    const review = await addGraphCard(alice.page, 'milestone');
    await setEntityFields(alice.page, workstream, { name: 'Engagement', phase: 'design' });
    await setEntityFields(alice.page, survey, { title: 'Survey families', workstream, start: '2026-11-02', end: '2026-11-20' });
    await setEntityFields(alice.page, review, { title: 'Survey review', workstream, due: '2026-11-16' });
    await connectCards(alice.page, survey, review);

    await alice.page.getByTestId('view-tab-timeline').click();
    await bob.page.goto(viewUrl(boardUrl, 'timeline'));
    const bar = (page: typeof bob.page) => page.locator(`[data-testid="timeline-bar"][data-entity-id="${survey}"]`);
    await bar(bob.page).waitFor();
    expect(await bob.page.getByTestId('timeline').textContent()).toContain('Design phase');
    await expect.poll(() => bob.page.getByTestId('phase-band').getAttribute('aria-label'), poll).toBe('Design phase');

    // The review is due before the survey ends: the dependency is late, in red with words.
    await expect.poll(() => bob.page.getByTestId('late-dependency').textContent(), poll).toContain('Late by 4 days');

    // Bob selects the survey; Alice drags its right edge ten days later: Bob's side panel shows the new end.
    await bar(bob.page).click();
    const bobEnd = bob.page.getByTestId('side-panel-field-end');
    await expect.poll(() => bobEnd.inputValue(), poll).toBe('2026-11-20');
    await dragBy(alice.page, `[data-entity-id="${survey}"] [data-testid="timeline-bar-end"]`, 10 * DAY, 0);
    await expect.poll(() => bobEnd.inputValue(), poll).toBe('2026-11-30');
    expect(await entityField(bob.page, survey, 'start')).toBe('2026-11-02');

    // Moving the milestone three weeks later puts the dependency back on time.
    await dragBy(alice.page, `[data-testid="timeline-milestone"][data-entity-id="${review}"] polygon`, 21 * DAY, 0);
    await expect.poll(() => entityField(bob.page, review, 'due'), poll).toBe('2026-12-07');
    await expect.poll(() => bob.page.getByTestId('late-dependency').count(), poll).toBe(0);

    // Dragging the bar moves both dates; one undo takes the whole drag back.
    await dragBy(alice.page, `[data-testid="timeline-bar"][data-entity-id="${survey}"] rect >> nth=0`, -5 * DAY, 0);
    await expect.poll(() => bob.page.getByTestId('side-panel-field-start').inputValue(), poll).toBe('2026-10-28');
    expect(await bobEnd.inputValue()).toBe('2026-11-25');
    await alice.page.keyboard.press('Control+z');
    await expect.poll(() => bobEnd.inputValue(), poll).toBe('2026-11-30');
    expect(await entityField(bob.page, survey, 'start')).toBe('2026-11-02');

    // Zooming to weeks spreads the same bar wider.
    const monthsWidth = (await bar(alice.page).locator('rect').first().boundingBox())!.width;
    await alice.page.getByTestId('timeline-zoom-weeks').click();
    await expect.poll(async () => (await bar(alice.page).locator('rect').first().boundingBox())!.width, poll).toBeGreaterThan(monthsWidth * 3);

    await alice.context.close();
    await bob.context.close();
  });
});
