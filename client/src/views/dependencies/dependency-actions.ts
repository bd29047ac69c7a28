import type * as Y from 'yjs';
import { createActivity, createMilestone, createWorkstream, resolve, type Plan } from '@roundtable/shared';
import type { Point } from './layout-store.ts';
import { writePlaces } from './place-writes.ts';

export type NewCardType = 'workstream' | 'milestone' | 'activity';

export const NEW_CARD_LABELS: Record<NewCardType, string> = {
  workstream: 'Add workstream',
  milestone: 'Add milestone',
  activity: 'Add activity',
};

/**
 * Adds a card at `place` in one transaction (one undo step). A new milestone or activity joins the selected
 * workstream, if one is selected.
 */
export function addCard(doc: Y.Doc, origin: unknown, type: NewCardType, place: Point, plan: Plan, selectedId?: string): string | null {
  const workstream = resolve(plan, selectedId, 'workstream') ? selectedId! : null;
  let id: string | null = null;
  doc.transact(() => {
    const result =
      type === 'workstream'
        ? createWorkstream(doc, { name: 'New workstream' }, origin)
        : type === 'milestone'
          ? createMilestone(doc, { title: 'New milestone', workstream }, origin)
          : createActivity(doc, { title: 'New activity', workstream }, origin);
    if (!result.ok) return;
    id = result.id;
    writePlaces(doc, new Map([[result.id, place]]), origin);
  }, origin);
  return id;
}
