import * as Y from 'yjs';
import { boardMaps, createEntity, deleteEntities, viewLayout, type Entity, type Plan } from '@roundtable/shared';

/**
 * The partnership plan's structure lives in `layouts.plan.<entityId> = { section, order }`: which of the eight
 * questions a card sits under (1–8) and its place there (ascending; any numbers, only their order matters).
 * Notes are `note` entities placed here; any other entity placed here is a reference to that card.
 */
export const PLAN_VIEW = 'plan';
export const PLAN_SECTIONS = 8;

export interface PlanPlace {
  section: number;
  order: number;
}

export interface PlanItem {
  id: string;
  entity: Entity;
  order: number;
}

const isSection = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= PLAN_SECTIONS;

/** Every valid place in the plan layout; entries with a bad section or order are ignored. */
export function readPlanPlaces(doc: Y.Doc): Map<string, PlanPlace> {
  const places = new Map<string, PlanPlace>();
  const layout = boardMaps(doc).layouts.get(PLAN_VIEW);
  if (!(layout instanceof Y.Map)) return places;
  layout.forEach((place, id) => {
    if (!(place instanceof Y.Map)) return;
    const section = place.get('section');
    const order = place.get('order');
    if (isSection(section) && typeof order === 'number' && Number.isFinite(order)) places.set(id, { section, order });
  });
  return places;
}

/** The items of each section (index 0 is section 1) in order; places of missing cards are skipped. */
export function planSections(places: ReadonlyMap<string, PlanPlace>, plan: Plan): PlanItem[][] {
  const sections: PlanItem[][] = Array.from({ length: PLAN_SECTIONS }, () => []);
  for (const [id, place] of places) {
    const entity = plan.entities.get(id);
    if (entity) sections[place.section - 1]!.push({ id, entity, order: place.order });
  }
  for (const items of sections) items.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return sections;
}

function setPlace(doc: Y.Doc, id: string, place: PlanPlace): void {
  const layout = viewLayout(doc, PLAN_VIEW);
  let map = layout.get(id);
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<number>();
    layout.set(id, map);
  }
  if (map.get('section') !== place.section) map.set('section', place.section);
  if (map.get('order') !== place.order) map.set('order', place.order);
}

function endOrder(doc: Y.Doc, section: number, end: 'first' | 'last'): number {
  const orders = [...readPlanPlaces(doc).values()].filter((p) => p.section === section).map((p) => p.order);
  if (orders.length === 0) return 0;
  return end === 'last' ? Math.max(...orders) + 1 : Math.min(...orders) - 1;
}

/** Places an existing card at the end of a section (or moves it there if it is already in the plan). */
export function addToPlan(doc: Y.Doc, id: string, section: number, origin?: unknown): void {
  doc.transact(() => setPlace(doc, id, { section, order: endOrder(doc, section, 'last') }), origin);
}

/** Adds a note at the end of a section: the note and its place in one transaction. Returns its id. */
export function addPlanNote(doc: Y.Doc, section: number, text: string, origin?: unknown): string | null {
  let id: string | null = null;
  doc.transact(() => {
    const result = createEntity(doc, 'note', { text }, origin);
    if (!result.ok) return;
    id = result.id;
    setPlace(doc, id, { section, order: endOrder(doc, section, 'last') });
  }, origin);
  return id;
}

/**
 * Moves an item one place up (-1) or down (+1). Past the top or bottom of its section it goes to the end of the
 * previous section or the start of the next, so the buttons alone can put an item anywhere.
 */
export function moveInPlan(doc: Y.Doc, plan: Plan, id: string, step: -1 | 1, origin?: unknown): void {
  const place = readPlanPlaces(doc).get(id);
  if (!place) return;
  const items = planSections(readPlanPlaces(doc), plan)[place.section - 1]!;
  const index = items.findIndex((item) => item.id === id);
  const neighbour = items[index + step];
  doc.transact(() => {
    if (neighbour) {
      // Distinct orders even if both held the same number.
      const [mine, theirs] = neighbour.order === place.order ? [place.order + step, place.order] : [neighbour.order, place.order];
      setPlace(doc, id, { section: place.section, order: mine });
      setPlace(doc, neighbour.id, { section: place.section, order: theirs });
      return;
    }
    const section = place.section + step;
    if (section < 1 || section > PLAN_SECTIONS) return;
    setPlace(doc, id, { section, order: endOrder(doc, section, step === 1 ? 'first' : 'last') });
  }, origin);
}

/** Takes an item out of the plan: a note is deleted, any other card only loses its place here. */
export function removeFromPlan(doc: Y.Doc, plan: Plan, id: string, origin?: unknown): void {
  if (plan.entities.get(id)?.type === 'note') {
    deleteEntities(doc, [id], origin);
    return;
  }
  doc.transact(() => boardMaps(doc).layouts.get(PLAN_VIEW)?.delete(id), origin);
}
