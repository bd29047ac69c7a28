import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, participant, viewUrl } from '../src/pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

const tagOn = (page: Page, testId: string, id: string) =>
  page.locator(`[data-testid="${testId}"][data-entity-id="${id}"] [data-testid="peer-selection"]`);

describe('presence in every view', () => {
  it('shows who has a card selected, by name, in the view where the other person is looking', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Presence board', 'programme-setup');

    await bob.page.goto(viewUrl(boardUrl, 'risks'));
    await alice.page.goto(viewUrl(boardUrl, 'risks'));
    const risk = bob.page.getByTestId('risk-card').first();
    const riskId = (await risk.getAttribute('data-entity-id'))!;
    await risk.click();
    await expect.poll(() => tagOn(alice.page, 'risk-card', riskId).textContent(), poll).toBe('Bob');

    await bob.page.goto(viewUrl(boardUrl, 'stakeholders'));
    await alice.page.goto(viewUrl(boardUrl, 'stakeholders'));
    const person = bob.page.getByTestId('stakeholder-card').first();
    const personId = (await person.getAttribute('data-entity-id'))!;
    await person.click();
    await expect.poll(() => tagOn(alice.page, 'stakeholder-card', personId).textContent(), poll).toBe('Bob');

    // Selected on the dependency graph, seen on the timeline: the selection is one across views.
    await bob.page.goto(viewUrl(boardUrl, 'dependencies'));
    await alice.page.goto(viewUrl(boardUrl, 'timeline'));
    const milestoneId = (await alice.page.getByTestId('timeline-milestone').first().getAttribute('data-entity-id'))!;
    await bob.page.locator(`[data-testid="dependency-card"][data-entity-id="${milestoneId}"]`).click();
    await expect.poll(() => tagOn(alice.page, 'timeline-milestone', milestoneId).textContent(), poll).toBe('Bob');

    await alice.context.close();
    await bob.context.close();
  });
});
