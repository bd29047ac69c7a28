import type * as Y from 'yjs';
import { boardMaps, PLAN_VIEW } from '@roundtable/shared';
import type { PlanPlacement } from './report-model.ts';

/** Where entities sit in the partnership plan view; entries with no usable section are skipped. */
export function planPlacement(doc: Y.Doc): PlanPlacement {
  const placement = new Map<string, { section: number; order: number }>();
  const layout = boardMaps(doc).layouts.get(PLAN_VIEW);
  layout?.forEach((place, id) => {
    const section = place.get('section');
    const order = place.get('order');
    if (typeof section === 'number' && section >= 1 && section <= 8) {
      placement.set(id, { section, order: typeof order === 'number' ? order : 0 });
    }
  });
  return placement;
}
