import { describe, expect, it } from 'vitest';
import { PLAN_QUESTIONS } from '@roundtable/shared';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, joinBoard, participant, shareLink, viewUrl } from '../src/pages.ts';
import { seriousAxeViolations } from '../src/axe.ts';
import { addPrivateNote, boardDocumentJson, canvasNoteTexts, startBrainstormRound } from '../src/brainstorm-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };
const IDEAS = ['Young carers forum', 'Ask GP practice managers'];

describe('private brainstorm', () => {
  it('keeps notes on the writer’s screen, shows the facilitator only a count, and puts them on the canvas on reveal', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const viewer = await participant(e2e.browser, 'Vera');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Brainstorm session');
    await joinBoard(bob.page, boardUrl);
    await joinBoard(viewer.page, await shareLink(alice.page, 'viewer'));

    await alice.page.getByTestId('brainstorm-open').waitFor();
    expect(await seriousAxeViolations(alice.page)).toEqual([]);
    await startBrainstormRound(alice.page, 2);
    const question = PLAN_QUESTIONS[1]!.question;
    await expect.poll(() => bob.page.getByTestId('brainstorm-prompt').textContent(), poll).toBe(question);
    // A viewer follows the round but has nothing to write with.
    await expect.poll(() => viewer.page.getByTestId('brainstorm-status').textContent(), poll).toContain('You cannot add notes');
    expect(await viewer.page.getByTestId('brainstorm-private').count()).toBe(0);
    expect(await seriousAxeViolations(viewer.page)).toEqual([]);

    for (const idea of IDEAS) await addPrivateNote(bob.page, idea);
    await expect.poll(() => alice.page.getByTestId('brainstorm-count').textContent(), poll).toBe('2 notes from 1 person waiting');
    const alicePage = await alice.page.content();
    const aliceDoc = await boardDocumentJson(alice.page);
    for (const idea of IDEAS) {
      expect(alicePage).not.toContain(idea);
      expect(aliceDoc).not.toContain(idea);
      expect(await boardDocumentJson(bob.page)).not.toContain(idea);
    }
    expect(await seriousAxeViolations(bob.page)).toEqual([]);
    expect(await seriousAxeViolations(alice.page)).toEqual([]);

    // Private notes are kept on Bob's device: a reload finds them again.
    await bob.page.reload();
    await expect.poll(() => bob.page.getByTestId('brainstorm-draft').count(), poll).toBe(2);
    await expect.poll(() => alice.page.getByTestId('brainstorm-count').textContent(), poll).toBe('2 notes from 1 person waiting');

    await alice.page.getByTestId('brainstorm-reveal').click();
    await expect.poll(() => canvasNoteTexts(alice.page), poll).toEqual([...IDEAS].sort());
    await expect.poll(() => canvasNoteTexts(bob.page), poll).toEqual([...IDEAS].sort());
    expect(await bob.page.getByTestId('brainstorm-private').count()).toBe(0);
    await expect.poll(() => bob.page.getByTestId('brainstorm-status').textContent(), poll).toContain('revealed');

    await alice.page.getByTestId('brainstorm-end').click();
    await expect.poll(() => bob.page.getByTestId('brainstorm').count(), poll).toBe(0);
    expect(await canvasNoteTexts(bob.page)).toEqual([...IDEAS].sort());
    await alice.context.close();
    await bob.context.close();
    await viewer.context.close();
  });

  it('points people on another view to the canvas while a round is on', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Brainstorm elsewhere');
    await joinBoard(bob.page, viewUrl(boardUrl, 'risks'));

    await startBrainstormRound(alice.page, 1);
    await bob.page.getByTestId('brainstorm-badge').click();
    await addPrivateNote(bob.page, 'Fewer missed appointments');
    await bob.page.getByTestId('view-tab-risks').click();

    await alice.page.getByTestId('brainstorm-reveal').click();
    await expect.poll(() => canvasNoteTexts(alice.page), poll).toEqual(['Fewer missed appointments']);
    await alice.context.close();
    await bob.context.close();
  });

  it('publishes the notes of someone who was away at the reveal when they next open the board', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, 'Brainstorm with a late arrival');
    await joinBoard(bob.page, boardUrl);
    await startBrainstormRound(alice.page, 4);
    await addPrivateNote(bob.page, 'Co-design sessions with families');
    await expect.poll(() => alice.page.getByTestId('brainstorm-count').textContent(), poll).toBe('1 note from 1 person waiting');
    await bob.page.close();
    await expect.poll(() => alice.page.getByTestId('brainstorm-count').textContent(), poll).toBe('0 notes from 0 people waiting');

    await alice.page.getByTestId('brainstorm-reveal').click();
    await new Promise((r) => setTimeout(r, 500));
    expect(await canvasNoteTexts(alice.page)).toEqual([]);

    const bobAgain = await bob.context.newPage();
    await joinBoard(bobAgain, boardUrl);
    await expect.poll(() => canvasNoteTexts(alice.page), poll).toEqual(['Co-design sessions with families']);
    await alice.context.close();
    await bob.context.close();
  });
});
