import { useCallback } from 'react';
import { openCount } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { useStore, useStoreSelector } from '../lib/use-store.ts';
import { commentsUi, type CommentsUi } from './comments-ui.ts';
import type { CommentsSnapshot } from './comments-store.ts';

export function useCommentsUi(): CommentsUi {
  return commentsUi(useBoardSession().doc);
}

export function useComments(): CommentsSnapshot {
  return useStore(useCommentsUi().store);
}

/** Comments in the card's open threads; re-renders the caller only when that number changes. */
export function useOpenCount(entityId: string): number {
  const selector = useCallback((snapshot: CommentsSnapshot) => openCount(snapshot.byEntity, entityId), [entityId]);
  return useStoreSelector(useCommentsUi().store, selector);
}
