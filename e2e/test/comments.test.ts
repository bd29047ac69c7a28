import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, joinBoard, participant, shareLink } from '../src/pages.ts';
import { seriousAxeViolations } from '../src/axe.ts';
import { addStakeholder } from '../src/stakeholder-pages.ts';
import {
  badgeText, commentOnCanvasSpot, commentOnSelected, openBoardComments, openView, sidePanelComments,
} from '../src/comments-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

describe('comments', () => {
  it('threads a conversation on a card across views and people, with a live badge, resolve and the board list', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Commented plan');
    await bob.page.goto(boardUrl);

    await openView(alice.page, 'stakeholders');
    const id = await addStakeholder(alice.page, 'Dr Amina Shah');
    // The same stakeholder is also referenced in the partnership plan.
    await openView(alice.page, 'plan');
    await alice.page.getByTestId('plan-reference-choice-2').selectOption({ label: 'Dr Amina Shah (Stakeholder)' });
    await alice.page.getByTestId('plan-add-reference-2').click();
    await openView(alice.page, 'stakeholders');
    await alice.page.locator(`[data-testid="stakeholder-card"][data-entity-id="${id}"]`).click();
    await commentOnSelected(alice.page, 'Who will brief Amina before the board meeting?');

    await openView(bob.page, 'stakeholders');
    await expect.poll(() => badgeText(bob.page, 'stakeholder-card', id), poll).toContain('1 comment');
    await expect.poll(() => badgeText(bob.page, 'register-row', id), poll).toContain('1 comment');
    expect(await seriousAxeViolations(bob.page)).toEqual([]);
    await openView(bob.page, 'plan');
    await expect.poll(() => badgeText(bob.page, 'plan-item', id), poll).toContain('1 comment');

    await bob.page.locator(`[data-testid="plan-item"][data-entity-id="${id}"] .plan-item__reference`).click();
    await expect.poll(() => sidePanelComments(bob.page), poll).toEqual(['Who will brief Amina before the board meeting?']);
    await bob.page.getByTestId('comment-reply').fill('I will, on Tuesday.');
    await bob.page.getByTestId('comment-reply-post').click();

    await expect.poll(() => sidePanelComments(alice.page), poll).toEqual(['Who will brief Amina before the board meeting?', 'I will, on Tuesday.']);
    await expect.poll(() => badgeText(alice.page, 'stakeholder-card', id), poll).toContain('2 comments');
    await alice.page.getByTestId('thread-resolve').click();

    await expect.poll(() => badgeText(alice.page, 'stakeholder-card', id), poll).toBe('');
    await expect.poll(() => badgeText(bob.page, 'plan-item', id), poll).toBe('');
    await expect.poll(() => bob.page.getByTestId('thread-resolved').textContent(), poll).toContain('Resolved by Alice');

    await openBoardComments(bob.page);
    expect(await bob.page.getByTestId('board-comment-item').count()).toBe(0);
    await openBoardComments(bob.page, true);
    const item = bob.page.getByTestId('board-comment-item');
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute('data-state')).toBe('resolved');
    expect(await item.textContent()).toContain('On Stakeholder: Dr Amina Shah');
    expect(await item.textContent()).toContain('1 reply');
    expect(await seriousAxeViolations(bob.page)).toEqual([]);

    // The card goes; its conversation stays readable from the list.
    await alice.page.getByRole('button', { name: 'Delete stakeholder' }).click();
    await expect.poll(() => item.textContent(), poll).toContain('On a deleted card');
    await item.click();
    await expect.poll(() => bob.page.getByTestId('board-comments').getByTestId('comment-text').allTextContents(), poll)
      .toEqual(['Who will brief Amina before the board meeting?', 'I will, on Tuesday.']);

    await alice.context.close();
    await bob.context.close();
  });

  it('pins a comment to a spot on the canvas that others can open from the pin or the board list', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Canvas comments');
    await bob.page.goto(boardUrl);
    await openView(alice.page, 'canvas');
    await openView(bob.page, 'canvas');

    await commentOnCanvasSpot(alice.page, 300, 200, 'Group the transport ideas here');
    await expect.poll(() => bob.page.getByTestId('comment-pin').count(), poll).toBe(1);
    await bob.page.getByTestId('comment-pin').click();
    const popover = bob.page.getByTestId('comment-popover');
    await expect.poll(() => popover.getByTestId('comment-text').textContent(), poll).toBe('Group the transport ideas here');
    expect(await seriousAxeViolations(bob.page)).toEqual([]);
    await popover.getByRole('button', { name: 'Close' }).click();

    await openView(bob.page, 'stakeholders');
    await openBoardComments(bob.page);
    const item = bob.page.getByTestId('board-comment-item');
    expect(await item.textContent()).toContain('On the canvas');
    await item.click();
    await expect.poll(() => bob.page.getByTestId('view-tab-canvas').getAttribute('aria-selected'), poll).toBe('true');
    await expect.poll(() => bob.page.getByTestId('comment-popover').getByTestId('comment-text').textContent(), poll).toBe('Group the transport ideas here');

    await alice.context.close();
    await bob.context.close();
  });

  it('shows a viewer the comments and badges but no way to write', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const carol = await participant(e2e.browser, 'Carol');
    await createBoardFromHome(alice.page, e2e.server.url, 'Watched plan');
    const viewerLink = await shareLink(alice.page, 'viewer');
    await openView(alice.page, 'stakeholders');
    const id = await addStakeholder(alice.page, 'Councillor Reid');
    await commentOnSelected(alice.page, 'Invite to the June workshop');

    await joinBoard(carol.page, viewerLink);
    await openView(carol.page, 'stakeholders');
    await expect.poll(() => badgeText(carol.page, 'stakeholder-card', id), poll).toContain('1 comment');
    await carol.page.locator(`[data-testid="stakeholder-card"][data-entity-id="${id}"]`).click();
    await expect.poll(() => sidePanelComments(carol.page), poll).toEqual(['Invite to the June workshop']);
    for (const control of ['comment-new', 'comment-reply', 'thread-resolve']) {
      expect(await carol.page.getByTestId(control).count()).toBe(0);
    }
    await openView(carol.page, 'canvas');
    expect(await carol.page.getByTestId('comment-here').count()).toBe(0);

    await alice.context.close();
    await carol.context.close();
  });
});
