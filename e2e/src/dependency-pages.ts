import type { Page } from 'playwright-core';

type Hook = { __roundtable?: { doc: { getMap(name: string): Map<string, unknown> & { get(key: string): unknown } } } };

/** Adds a card with the graph's add button and returns its id (the new card is the selected one). */
export async function addGraphCard(page: Page, type: 'workstream' | 'milestone' | 'activity'): Promise<string> {
  const before = await page.getByTestId('dependency-card').count();
  await page.getByTestId(`add-${type}`).click();
  await page.getByTestId('dependency-card').nth(before).waitFor();
  return page.locator('.dep-card--selected').getAttribute('data-entity-id') as Promise<string>;
}

/** Sets fields of an entity straight in the page's document (test set-up through the debug hook). */
export async function setEntityFields(page: Page, id: string, fields: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ([entityId, values]) => {
      const doc = (window as unknown as Hook).__roundtable!.doc;
      const entity = doc.getMap('entities').get(entityId as string) as { set(key: string, value: unknown): void };
      for (const [key, value] of Object.entries(values as Record<string, unknown>)) entity.set(key, value);
    },
    [id, fields] as const,
  );
}

/** One field of an entity as the page's document has it. */
export function entityField(page: Page, id: string, field: string): Promise<unknown> {
  return page.evaluate(
    ([entityId, key]) => {
      const doc = (window as unknown as Hook).__roundtable!.doc;
      const entity = doc.getMap('entities').get(entityId!) as { get(key: string): unknown } | undefined;
      return entity?.get(key!);
    },
    [id, field],
  );
}

/** A stored place of the dependency graph (`layouts.dependencies.<id>.x|y`) as the page's document has it. */
export function graphPlace(page: Page, id: string, key: 'x' | 'y'): Promise<number | undefined> {
  return page.evaluate(
    ([entityId, field]) => {
      const doc = (window as unknown as Hook).__roundtable!.doc;
      const layout = doc.getMap('layouts').get('dependencies') as { get(k: string): { get(k: string): number } | undefined } | undefined;
      return layout?.get(entityId!)?.get(field!);
    },
    [id, key],
  );
}

/** Drags from the dot on the right of one card onto the dot on the left of another: `to` now waits for `from`. */
export async function connectCards(page: Page, from: string, to: string): Promise<void> {
  const source = (await page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle-right`).boundingBox())!;
  const target = (await page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle-left`).boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 15 });
  await page.mouse.up();
}

/** Clicks the middle of a dependency arrow's line (the first one matching `selector`). */
export async function clickEdge(page: Page, selector: string): Promise<void> {
  const point = await page.locator(`${selector} path.react-flow__edge-path`).first().evaluate((path: SVGPathElement) => {
    const middle = path.getPointAtLength(path.getTotalLength() / 2);
    const screen = new DOMPoint(middle.x, middle.y).matrixTransform(path.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y);
}
