import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, dragBy, participant, viewUrl } from '../src/pages.ts';
import { addGraphCard, clickEdge, connectCards, graphPlace, setEntityFields } from '../src/dependency-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('dependency graph with two people', () => {
  it('draws dependencies, warns both people about a cycle naming its items, deletes an arrow and stores the layout', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Dependencies board');
    await alice.page.goto(viewUrl(boardUrl, 'dependencies'));
    await bob.page.goto(viewUrl(boardUrl, 'dependencies'));
    await alice.page.getByTestId('dependency-graph').waitFor();

    const recruit = await addGraphCard(alice.page, 'activity');
    const workshops = await addGraphCard(alice.page, 'milestone');
    await setEntityFields(alice.page, recruit, { title: 'Recruit patient partners' });
    await setEntityFields(alice.page, workshops, { title: 'Co-design workshops held' });
    await expect.poll(() => bob.page.getByTestId('dependency-card').count(), poll).toBe(2);
    await expect.poll(() => bob.page.locator(`[data-entity-id="${workshops}"]`).textContent(), poll).toContain('Co-design workshops held');

    // The workshops wait for the recruiting: one arrow, no warning.
    await connectCards(alice.page, recruit, workshops);
    await expect.poll(() => bob.page.locator('.react-flow__edge').count(), poll).toBe(1);
    expect(await bob.page.getByTestId('cycle-warning').count()).toBe(0);

    // Closing the circle: both people see the warning with both names.
    await connectCards(alice.page, workshops, recruit);
    await expect.poll(() => bob.page.locator('.react-flow__edge').count(), poll).toBe(2);
    for (const page of [alice.page, bob.page]) {
      const warning = page.getByTestId('cycle-warning');
      await expect.poll(() => warning.textContent(), poll).toContain('Recruit patient partners');
      expect(await warning.textContent()).toContain('Co-design workshops held');
      expect(await page.locator('.react-flow__edge.dep-edge--cycle').count()).toBe(2);
    }

    // Select one arrow and press Delete: the circle is broken for everyone.
    await clickEdge(alice.page, '.react-flow__edge.dep-edge--cycle');
    await alice.page.keyboard.press('Delete');
    await expect.poll(() => bob.page.locator('.react-flow__edge').count(), poll).toBe(1);
    await expect.poll(() => bob.page.getByTestId('cycle-warning').count(), poll).toBe(0);

    // Auto layout stores every card's place for everyone; moving a card afterwards reaches the other person.
    await alice.page.getByTestId('auto-layout').click();
    await expect.poll(() => alice.page.getByTestId('auto-layout').textContent(), poll).toBe('Auto layout');
    const before = (await graphPlace(alice.page, workshops, 'y'))!;
    await expect.poll(() => graphPlace(bob.page, workshops, 'y'), poll).toBe(before);
    await expect.poll(() => graphPlace(bob.page, recruit, 'x'), poll).toBe(await graphPlace(alice.page, recruit, 'x'));
    await alice.page.waitForTimeout(400); // the view glides to frame the new arrangement
    await dragBy(alice.page, `.react-flow__node[data-id="${workshops}"]`, 0, 150);
    await expect.poll(async () => (await graphPlace(bob.page, workshops, 'y'))! > before + 60, poll).toBe(true);

    // One undo puts the card back where auto layout left it.
    await alice.page.keyboard.press('Control+z');
    await expect.poll(() => graphPlace(bob.page, workshops, 'y'), poll).toBe(before);

    await alice.context.close();
    await bob.context.close();
  });
});
