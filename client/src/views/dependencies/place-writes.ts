import * as Y from 'yjs';
import { boardMaps, viewLayout } from '@roundtable/shared';
import type { Point } from './layout-store.ts';

export const DEPENDENCIES_VIEW = 'dependencies';

/**
 * Writes places of the dependency graph in one transaction (one undo step), creating entries that are missing
 * and touching only coordinates that change.
 */
export function writePlaces(doc: Y.Doc, places: ReadonlyMap<string, Point>, origin: unknown): void {
  if (places.size === 0) return;
  doc.transact(() => {
    const layout = viewLayout(doc, DEPENDENCIES_VIEW);
    const { entities } = boardMaps(doc);
    for (const [id, point] of places) {
      if (!entities.has(id)) continue; // deleted meanwhile, perhaps by someone else
      let place = layout.get(id);
      if (!(place instanceof Y.Map)) {
        place = new Y.Map<number>();
        layout.set(id, place);
      }
      const x = Math.round(point.x);
      const y = Math.round(point.y);
      if (place.get('x') !== x) place.set('x', x);
      if (place.get('y') !== y) place.set('y', y);
    }
  }, origin);
}
