import { useCallback } from 'react';
import type { EntityLock, Locks } from '@roundtable/shared';
import type { BoardSession, Selection } from '../board/board-session.ts';
import { useIsFacilitator } from '../board/use-access.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useStore, useStoreSelector } from '../lib/use-store.ts';

const NO_LOCKS: Locks = new Map();

/** The card's lock, or null; live. */
export function useEntityLocked(session: BoardSession, id: string): EntityLock | null {
  return useStoreSelector(session.locks, useCallback((locks: Locks) => locks.get(id) ?? null, [id]));
}

/** Whether a lock holds this person back from changing the card (never a facilitator). */
export function useLockedForMe(session: BoardSession, id: string): boolean {
  const facilitator = useIsFacilitator();
  return useEntityLocked(session, id) !== null && !facilitator;
}

/** Whether this person may change the card now: the board allows it and no lock holds them back. */
export function useCanEditEntity(session: BoardSession, id: string): boolean {
  const readOnly = useReadOnly(session);
  return !useLockedForMe(session, id) && !readOnly;
}

/** The locks that hold this person back: none for a facilitator. For views that decide per card in a loop. */
export function useLocksOnMe(session: BoardSession): Locks {
  const locks = useStore(session.locks);
  return useIsFacilitator() ? NO_LOCKS : locks;
}

/** The selected notes and arrows this person may delete: no locked card, and no arrow to or from one. */
export function useDeletableSelection(session: BoardSession, selection: Selection): { notes: string[]; arrows: string[] } {
  const locks = useLocksOnMe(session);
  const { links } = useStore(session.plan);
  const free = (id: string) => !locks.has(id);
  const arrows = [...selection.edges].filter((id) => {
    const link = links.get(id);
    return !link || (free(link.from) && free(link.to));
  });
  return { notes: [...selection.nodes].filter(free), arrows };
}
