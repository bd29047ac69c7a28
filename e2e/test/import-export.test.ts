import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, joinBoard, participant } from '../src/pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };

const boardFromTemplate = (page: Page, template: string) => createBoardFromHome(page, e2e.server.url, 'SEND transformation', template);

async function download(page: Page, testId: string): Promise<Buffer> {
  await page.getByTestId('export-menu').locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFile((await file.path())!);
}

const stakeholderNames = (page: Page) =>
  page.evaluate(() => {
    const doc = (window as unknown as { __roundtable: { doc: { getMap(n: string): { toJSON(): Record<string, { type: string; name?: string }> } } } }).__roundtable.doc;
    return Object.values(doc.getMap('entities').toJSON()).filter((e) => e.type === 'stakeholder').map((e) => e.name).sort();
  });

describe('export and import in the browser', () => {
  it('downloads the registers, the report and a picture of the view', async () => {
    const { context, page } = await participant(e2e.browser, 'Planner');
    await boardFromTemplate(page, 'programme-setup');
    const csv = (await download(page, 'export-risks.csv')).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('Id,Title,Likelihood,Impact,Score,Rating,Owner,Mitigation,Status,Workstream');
    expect(csv).toContain('Not enough educational psychology capacity');
    const html = (await download(page, 'export-report.html')).toString('utf8');
    expect(html).toContain('Risks by score');
    const png = await download(page, 'export-png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(1000);
    await context.close();
  });

  it('imports stakeholders from a CSV, showing bad rows first, and the other person gets them live', async () => {
    const alice = await participant(e2e.browser, 'Alice');
    const bob = await participant(e2e.browser, 'Bob');
    const boardUrl = await boardFromTemplate(alice.page, 'blank');
    await joinBoard(bob.page, boardUrl);

    await alice.page.getByTestId('export-menu').locator('summary').click();
    await alice.page.getByTestId('import-stakeholders').click();
    const dialog = alice.page.getByTestId('stakeholder-import-dialog');
    await dialog.getByTestId('stakeholder-import-text').fill('Name,Organisation,Power,Interest\nWard manager,Community trust,6,8\nCarers lead,Carers forum,lots,9\n');
    await dialog.getByTestId('stakeholder-import-submit').click();
    await expect.poll(() => dialog.getByTestId('stakeholder-import-errors').textContent(), poll).toContain('Line 3');
    expect(await stakeholderNames(bob.page)).toEqual([]);

    await dialog.getByTestId('stakeholder-import-text').fill('Name,Organisation,Power,Interest\nWard manager,Community trust,6,8\nCarers lead,Carers forum,3,9\n');
    await dialog.getByTestId('stakeholder-import-submit').click();
    await expect.poll(() => dialog.getByTestId('stakeholder-import-result').textContent(), poll).toContain('Added 2 stakeholders and 2 new organisations');
    await expect.poll(() => stakeholderNames(bob.page), poll).toEqual(['Carers lead', 'Ward manager']);
    await alice.context.close();
    await bob.context.close();
  });

  it('opens a downloaded board file as a new board from the home page', async () => {
    const { context, page } = await participant(e2e.browser, 'Planner');
    await boardFromTemplate(page, 'integrated-planning');
    const original = page.url();
    const file = await download(page, 'export-board.json');
    await page.goto(e2e.server.url + '/');
    await page.getByTestId('import-board-file').setInputFiles({ name: 'board.json', mimeType: 'application/json', buffer: file });
    await page.waitForURL((url) => /\/b\/[A-Za-z0-9_-]{22}/.test(url.pathname) && url.href !== original);
    await expect.poll(() => page.getByTestId('note').count(), poll).toBe(7);
    await context.close();
  });
});
