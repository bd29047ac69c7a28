import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, participant } from '../src/pages.ts';
import { seriousAxeViolations } from '../src/axe.ts';

const e2e = useBrowserAndServer();
const VIEWS = ['stakeholders', 'dependencies', 'timeline', 'risks', 'plan', 'kpis', 'canvas'];

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('has no serious or critical violations on the home page or any view of a full board', async () => {
    const { context, page } = await participant(e2e.browser, 'Reviewer');
    await page.goto(e2e.server.url + '/');
    await page.getByTestId('new-board-title').fill('Accessibility check');
    await page.getByTestId('template-programme-setup').check();
    const problems: Record<string, unknown> = {};
    const home = await seriousAxeViolations(page);
    if (home.length) problems.home = home;
    await page.getByTestId('create-board').click();
    await page.waitForURL(/\/b\//);
    for (const view of VIEWS) {
      await page.getByTestId(`view-tab-${view}`).click();
      await page.locator('#board-view').first().waitFor();
      await new Promise((r) => setTimeout(r, 800));
      const found = await seriousAxeViolations(page);
      if (found.length) problems[view] = found;
    }
    // The states people pass through: a card's details open, the export menu, the import dialog.
    await page.getByTestId('view-tab-risks').click();
    await page.getByTestId('risk-card').first().click();
    await page.getByTestId('side-panel').waitFor();
    const panel = await seriousAxeViolations(page);
    if (panel.length) problems.sidePanel = panel;
    await page.getByTestId('export-menu').locator('summary').click();
    const menu = await seriousAxeViolations(page);
    if (menu.length) problems.exportMenu = menu;
    await page.getByTestId('import-stakeholders').click();
    await page.getByTestId('stakeholder-import-dialog').waitFor();
    const dialog = await seriousAxeViolations(page);
    if (dialog.length) problems.importDialog = dialog;
    expect(problems).toEqual({});
    await context.close();
  });

  it('has none on a canvas full of notes, some longer than their note', async () => {
    const { context, page } = await participant(e2e.browser, 'Reviewer');
    await createBoardFromHome(page, e2e.server.url, 'Canvas check', 'integrated-planning');
    await page.getByTestId('note').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('has none in the dialog that asks a newcomer for their name', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const created = await fetch(`${e2e.server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Name dialog' }),
    });
    const { links } = (await created.json()) as { links: { editor: string } };
    await page.goto(links.editor);
    await page.getByTestId('name-input').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('drops transitions for people who ask their system for reduced motion', async () => {
    const durationOfHandle = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await e2e.browser.newContext({ reducedMotion });
      await context.addInitScript(() => localStorage.setItem('roundtable:name', 'Still'));
      const page = await context.newPage();
      await createBoardFromHome(page, e2e.server.url, `Motion ${reducedMotion}`);
      await page.getByTestId('add-note').click();
      const duration = await page.locator('.note__handle').first().evaluate((el) => getComputedStyle(el).transitionDuration);
      await context.close();
      return parseFloat(duration);
    };
    expect(await durationOfHandle('no-preference')).toBeGreaterThan(0.1);
    expect(await durationOfHandle('reduce')).toBeLessThan(0.001);
  });

  it('offers the graph, the timeline and the canvas as text outlines, whose items open their details', async () => {
    const { context, page } = await participant(e2e.browser, 'Reader');
    await page.goto(e2e.server.url + '/');
    await page.getByTestId('new-board-title').fill('Outline check');
    await page.getByTestId('template-integrated-planning').check();
    await page.getByTestId('create-board').click();
    await page.waitForURL(/\/b\//);
    const outline = page.getByTestId('view-outline');

    await outline.locator('summary').click();
    await expect.poll(() => outline.locator('li').count()).toBe(7);
    expect(await outline.textContent()).toContain('Arrow to: 2. Where do we want to be?');

    await page.getByTestId('view-tab-dependencies').click();
    // An outline renders its list once opened.
    await outline.locator('summary').click();
    await expect.poll(() => outline.textContent()).toContain('2. Where do we want to be? — milestone');
    expect(await outline.textContent()).toContain('Waits for: 1. Where are we now?');

    await page.getByTestId('view-tab-timeline').click();
    await outline.locator('summary').click();
    await expect.poll(() => outline.locator('tbody tr').count()).toBe(7);
    await outline.getByRole('button', { name: '7. Enabling decision-making' }).click();
    await expect.poll(() => page.getByTestId('side-panel').textContent()).toContain('7. Enabling decision-making');
    await context.close();
  });
});
