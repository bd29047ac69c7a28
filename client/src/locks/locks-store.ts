import type * as Y from 'yjs';
import { locksMap, readLocks, type Locks } from '@roundtable/shared';
import type { AccessStore } from '../board/access-store.ts';
import { MapStore } from '../lib/map-store.ts';

/** The cards a facilitator has locked, live from the document's `locks` map. */
export class LocksStore extends MapStore<Locks> {
  constructor(doc: Y.Doc) {
    super(locksMap(doc), () => readLocks(doc));
  }
}

/** What decides whether this screen may change a card: a board session, or the same stores in a test. */
export interface EntityEditing {
  readonly readOnly: boolean;
  readonly access: AccessStore;
  readonly locks: LocksStore;
}

/**
 * A card is editable here when the board allows this person to edit and no lock holds them back (a lock never
 * holds a facilitator back).
 */
export function canEditEntity(session: EntityEditing, id: string): boolean {
  return !session.readOnly && (session.access.isFacilitator || !session.locks.getSnapshot().has(id));
}

/** An arrow may be added or removed only when this screen may change both of its ends. */
export const canEditLinkEnds = (session: EntityEditing, link: { source: string; target: string }): boolean =>
  canEditEntity(session, link.source) && canEditEntity(session, link.target);

/** The ids among `ids` this screen may change. */
export function editableIds(session: EntityEditing, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => canEditEntity(session, id));
}
