import type { Point, Places } from './layout-store.ts';

export const COLUMN_GAP = 320;
export const ROW_GAP = 130;

export interface Arrow {
  from: string;
  to: string;
}

/**
 * A quick layered layout: each card's column is the length of the longest dependency chain leading to it
 * (cycles are cut after as many rounds as there are cards), rows fill each column top to bottom.
 */
export function layeredPlaces(ids: readonly string[], arrows: readonly Arrow[]): Map<string, Point> {
  const known = new Set(ids);
  const usable = arrows.filter((arrow) => known.has(arrow.from) && known.has(arrow.to));
  const rank = new Map(ids.map((id) => [id, 0]));
  for (let round = 0; round < ids.length; round++) {
    let changed = false;
    for (const { from, to } of usable) {
      const wanted = rank.get(from)! + 1;
      if (wanted > rank.get(to)! && wanted < ids.length) {
        rank.set(to, wanted);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rows = new Map<number, number>();
  const places = new Map<string, Point>();
  for (const id of ids) {
    const column = rank.get(id)!;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    places.set(id, { x: column * COLUMN_GAP, y: row * ROW_GAP });
  }
  return places;
}

/**
 * Stored places where they exist; cards without one take their place from the layered layout, moved below
 * everything already placed so they never land on top of someone's arrangement.
 */
export function placesWithFallback(ids: readonly string[], arrows: readonly Arrow[], stored: Places): Map<string, Point> {
  const missing = ids.filter((id) => !stored.has(id));
  const result = new Map<string, Point>();
  for (const id of ids) {
    const place = stored.get(id);
    if (place) result.set(id, place);
  }
  if (missing.length === 0) return result;
  const placed = [...result.values()];
  const top = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.y)) + ROW_GAP * 1.5;
  const left = placed.length === 0 ? 0 : Math.min(...placed.map((p) => p.x));
  for (const [id, point] of layeredPlaces(missing, arrows)) result.set(id, { x: left + point.x, y: top + point.y });
  return result;
}

/** `wanted`, or the first spot below it that no card covers, so new cards never hide under existing ones. */
export function freeSpot(wanted: Point, taken: ReadonlyMap<string, Point>): Point {
  const places = [...taken.values()];
  let y = wanted.y;
  while (places.some((p) => Math.abs(p.x - wanted.x) < COLUMN_GAP - 40 && Math.abs(p.y - y) < ROW_GAP - 20)) y += ROW_GAP;
  return { x: wanted.x, y };
}
