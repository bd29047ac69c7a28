import { useCallback, useEffect } from 'react';
import type { BoardSession } from '../board/board-session.ts';
import { useFetched } from '../lib/use-fetched.ts';
import { listActivity } from './activity-api.ts';

/** How long after a change to the board the feed is asked for again (at most once in this time). */
export const ACTIVITY_REFRESH_MS = 1000;

/** The board's activity, newest first: fetched when shown, and again a moment after the document changes. */
export function useActivity(session: BoardSession) {
  const { boardId, token, doc } = session;
  const fetched = useFetched(useCallback(() => listActivity(boardId, token), [boardId, token]));
  const { reload } = fetched;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        void reload();
      }, ACTIVITY_REFRESH_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      clearTimeout(timer);
    };
  }, [doc, reload]);

  return { entries: fetched.value, problem: fetched.problem };
}
