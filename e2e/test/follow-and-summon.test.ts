import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from '../src/axe.ts';
import { useBrowserAndServer } from '../src/session.ts';
import { addNote, createBoardFromHome, joinBoard, participant, facilitate } from '../src/pages.ts';
import {
  currentTab, followBannerText, followPerson, openTab, panCanvas, pointAcrossCanvas, publishedViewport, setScreenOption,
} from '../src/facilitation-pages.ts';

const e2e = useBrowserAndServer();
const poll = { timeout: 10_000 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 1200));

async function workshop(title: string, ...names: string[]) {
  const alice = await participant(e2e.browser, 'Alice');
  const boardUrl = await createBoardFromHome(alice.page, e2e.server.url, title);
  const others = await Promise.all(names.map((name) => participant(e2e.browser, name)));
  for (const other of others) await joinBoard(other.page, boardUrl);
  const close = () => Promise.all([alice, ...others].map((p) => p.context.close()));
  return { alice, others, close };
}

/** 'same' when two screens show the same middle at the same zoom, otherwise both, for the failure message. */
async function viewportsCompared(a: Page, b: Page): Promise<string> {
  const [first, second] = await Promise.all([publishedViewport(a), publishedViewport(b)]);
  return first !== null && first === second ? 'same' : `${first} vs ${second}`;
}

describe('following and bringing everyone together', () => {
  it('facilitator brings two participants to a view; one stops following and is no longer moved', async () => {
    const { alice, others: [bob, carol], close } = await workshop('Summons', 'Bob', 'Carol');
    await openTab(bob!.page, 'timeline');
    await openTab(carol!.page, 'kpis');
    await openTab(alice.page, 'risks');
    await facilitate(alice.page, 'bring-everyone');

    for (const person of [bob!, carol!]) {
      await expect.poll(() => currentTab(person.page), poll).toBe('risks');
      await expect.poll(() => followBannerText(person.page), poll).toContain('You are following Alice');
    }

    await bob!.page.getByTestId('screen-options').locator('summary').click();
    expect(await seriousAxeViolations(bob!.page)).toEqual([]);
    await bob!.page.getByTestId('screen-options').locator('summary').click();

    await carol!.page.getByTestId('stop-following').click();
    expect(await carol!.page.getByTestId('follow-banner').count()).toBe(0);
    await openTab(alice.page, 'plan');
    await expect.poll(() => currentTab(bob!.page), poll).toBe('plan');
    await settle();
    expect(await currentTab(carol!.page)).toBe('risks');

    // Escape in an open menu closes the menu only; the next Escape stops following.
    await bob!.page.getByTestId('export-menu').locator('summary').click();
    await bob!.page.keyboard.press('Escape');
    expect(await bob!.page.getByTestId('export-menu').evaluate((menu) => (menu as HTMLDetailsElement).open)).toBe(false);
    await settle();
    expect(await bob!.page.getByTestId('follow-banner').count()).toBe(1);
    await bob!.page.keyboard.press('Escape');
    await expect.poll(() => bob!.page.getByTestId('follow-banner').count(), poll).toBe(0);
    await openTab(alice.page, 'kpis');
    await settle();
    expect(await currentTab(bob!.page)).toBe('plan');
    await close();
  });

  it('leaves a participant who chose “Don’t move my screen” where they are', async () => {
    const { alice, others: [bob, carol], close } = await workshop('Opt out', 'Bob', 'Carol');
    await setScreenOption(bob!.page, 'no-summon', true);
    expect(await bob!.page.evaluate(() => localStorage.getItem('roundtable:no-summon'))).toBe('1');
    await openTab(bob!.page, 'timeline');
    await openTab(carol!.page, 'timeline');
    await openTab(alice.page, 'stakeholders');
    await facilitate(alice.page, 'bring-everyone');

    await expect.poll(() => currentTab(carol!.page), poll).toBe('stakeholders');
    await settle();
    expect(await currentTab(bob!.page)).toBe('timeline');
    expect(await bob!.page.getByTestId('follow-banner').count()).toBe(0);
    await close();
  });

  it('ignores a summons written by a participant who is not a facilitator', async () => {
    const { alice, others: [bob], close } = await workshop('Forged summons', 'Bob');
    expect(await bob!.page.getByTestId('facilitate-menu').count()).toBe(0);
    await openTab(alice.page, 'timeline');
    await openTab(bob!.page, 'risks');
    await bob!.page.evaluate(() => {
      const hook = (window as unknown as { __roundtable: { provider: { awareness: { setLocalStateField(k: string, v: unknown): void } } } }).__roundtable;
      hook.provider.awareness.setLocalStateField('role', 'facilitator');
      hook.provider.awareness.setLocalStateField('summon', { id: 'forged' });
    });
    await settle();
    expect(await currentTab(alice.page)).toBe('timeline');
    expect(await alice.page.getByTestId('follow-banner').count()).toBe(0);
    await close();
  });

  it('follows a person picked from the avatars, mirrors their canvas, and stops on a pan of one’s own', async () => {
    const { alice, others: [bob], close } = await workshop('Follow on canvas', 'Bob');
    await addNote(alice.page, 'Transport for carers');
    await panCanvas(alice.page, 180, -90);
    await openTab(bob!.page, 'kpis');
    await bob!.page.locator('[data-testid="avatar"][title="Alice"]').click();
    expect(await seriousAxeViolations(bob!.page)).toEqual([]);
    await bob!.page.keyboard.press('Escape');
    await followPerson(bob!.page, 'Alice');
    await expect.poll(() => followBannerText(bob!.page), poll).toContain('You are following Alice');
    await expect.poll(() => currentTab(bob!.page), poll).toBe('canvas');
    // Same middle and zoom, although Bob's canvas is shorter (the banner) and fitted itself to the notes on opening.
    await expect.poll(() => viewportsCompared(bob!.page, alice.page), poll).toBe('same');

    await panCanvas(alice.page, -120, 60);
    await alice.page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(() => publishedViewport(alice.page), poll).toContain('@ 1.20');
    await expect.poll(() => viewportsCompared(bob!.page, alice.page), poll).toBe('same');

    await panCanvas(bob!.page, -60, 40);
    await expect.poll(() => bob!.page.getByTestId('follow-banner').count(), poll).toBe(0);
    const bobView = await publishedViewport(bob!.page);
    await panCanvas(alice.page, 100, 100);
    await settle();
    expect(await publishedViewport(bob!.page)).toBe(bobView);

    // Following someone who leaves ends with a notice.
    await followPerson(bob!.page, 'Alice');
    await alice.context.close();
    await expect.poll(() => bob!.page.getByTestId('follow-notice').textContent(), { timeout: 45_000 }).toContain('Alice has left');
    await close().catch(() => undefined);
  });

  it('shows the facilitator’s laser pointer on other screens, even to someone hiding cursors', async () => {
    const { alice, others: [bob, carol], close } = await workshop('Laser', 'Bob', 'Carol');
    await setScreenOption(bob!.page, 'hide-cursors', true);
    await pointAcrossCanvas(carol!.page);
    await expect.poll(() => alice.page.getByTestId('remote-cursor').count(), poll).toBe(1);
    expect(await bob!.page.getByTestId('remote-cursor').count()).toBe(0);

    await facilitate(alice.page, 'laser-toggle');
    await pointAcrossCanvas(alice.page);
    for (const person of [bob!, carol!]) {
      await expect.poll(() => person.page.getByTestId('laser-pointer').textContent(), poll).toContain('Alice');
    }
    await facilitate(alice.page, 'laser-toggle');
    await pointAcrossCanvas(alice.page);
    await expect.poll(() => carol!.page.getByTestId('laser-pointer').count(), poll).toBe(0);
    await close();
  });
});
