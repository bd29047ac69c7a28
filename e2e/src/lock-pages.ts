import type { Page } from 'playwright-core';

type Hook = { doc: { getMap(name: string): { get(key: string): unknown } } };

/** Who locked a card, as the page's board document holds it, or null while it is not locked. */
export function lockedBy(page: Page, id: string): Promise<string | null> {
  return page.evaluate((entityId) => {
    const hook = (window as unknown as { __roundtable?: Hook }).__roundtable;
    const lock = hook?.doc.getMap('locks').get(entityId) as { by?: string } | undefined;
    return lock?.by ?? null;
  }, id);
}
