import type { Arrow } from './auto-place.ts';
import type { Point } from './layout-store.ts';

export const CARD_SIZE = { width: 220, height: 100 };

/**
 * elkjs layered layout, left to right: where every card goes, in flow coordinates. elkjs is large, so it is
 * loaded the first time someone asks for a layout.
 */
export async function elkPlaces(ids: readonly string[], arrows: readonly Arrow[]): Promise<Map<string, Point>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const known = new Set(ids);
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '50',
      'elk.layered.spacing.nodeNodeBetweenLayers': '120',
    },
    children: ids.map((id) => ({ id, ...CARD_SIZE })),
    edges: arrows
      .filter((arrow) => known.has(arrow.from) && known.has(arrow.to))
      .map((arrow, i) => ({ id: `e${i}`, sources: [arrow.from], targets: [arrow.to] })),
  });
  const places = new Map<string, Point>();
  for (const child of graph.children ?? []) places.set(child.id, { x: child.x ?? 0, y: child.y ?? 0 });
  return places;
}
