import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from '../src/session.ts';
import { createBoardFromHome, joinBoard, participant } from '../src/pages.ts';
import { addStakeholder } from '../src/stakeholder-pages.ts';

const e2e = useBrowserAndServer();

/** Each would set `window.__pwned` if the page ever treated it as markup. */
const TITLE = '<script>window.__pwned = 1</script> & "quotes"';
const NAME = '<img src=x onerror="window.__pwned = 2"> & "quotes"';

describe('hostile titles and names', () => {
  it('show literally on the home page, in the board header and in the side panel, and never run', async () => {
    const { context, page } = await participant(e2e.browser, '<b onmouseover="window.__pwned = 3">Mallory</b>');
    // Anything the Content-Security-Policy refuses is recorded: the app itself must need no exception to it.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const link = await createBoardFromHome(page, e2e.server.url, TITLE);
    await expect.poll(() => page.locator('.board-header__title').textContent(), { timeout: 10_000 }).toBe(TITLE);

    await page.getByTestId('view-tab-stakeholders').click();
    const id = await addStakeholder(page, NAME);
    await expect.poll(() => page.locator('#side-panel-title').textContent()).toBe(NAME);
    expect(await page.locator(`[data-testid="stakeholder-card"][data-entity-id="${id}"]`).textContent()).toContain(NAME);

    await page.goto(e2e.server.url + '/');
    await expect.poll(() => page.getByTestId('board-item').first().textContent()).toContain(TITLE);

    // A second person opening the board gets the same text from the server, still literal.
    const other = await context.newPage();
    await joinBoard(other, link);
    await expect.poll(() => other.locator('.board-header__title').textContent(), { timeout: 10_000 }).toBe(TITLE);

    for (const p of [page, other]) {
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await p.locator('img[src="x"], script:not([src])').count()).toBe(0);
      expect(await p.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    }
    expect(pageErrors).toEqual([]);

    // The policy is what stops an injected inline script, and the recorder above does see refusals.
    await other.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 4';
      document.body.append(script);
    });
    await expect.poll(() => other.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual(['script-src-elem inline']);
    expect(await other.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });

  it('is served a page with no inline script under a policy that forbids it', async () => {
    const response = await fetch(e2e.server.url + '/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
