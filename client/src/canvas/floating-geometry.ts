export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

const center = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where the ray from the rectangle's centre towards `toward` leaves the rectangle, pushed out by `gap`. */
export function borderPoint(rect: Rect, toward: Point, gap = 0): Point {
  const c = center(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : (rect.width / 2) / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : (rect.height / 2) / Math.abs(dy),
  );
  const length = Math.hypot(dx, dy);
  const extra = gap / length;
  return { x: c.x + dx * (scale + extra), y: c.y + dy * (scale + extra) };
}

/** A straight arrow between two notes, from border to border along the line joining their centres. */
export function floatingEnds(source: Rect, target: Rect, gap = 2): { from: Point; to: Point } {
  return { from: borderPoint(source, center(target), gap), to: borderPoint(target, center(source), gap) };
}
