import { useCallback } from 'react';
import { useFetched } from '../lib/use-fetched.ts';
import { listVersions } from './versions-api.ts';

/** The board's versions, newest first, fetched when the dialog opens and again after each change. */
export function useVersions(boardId: string, token: string) {
  const { value, problem, reload } = useFetched(useCallback(() => listVersions(boardId, token), [boardId, token]));
  return { versions: value, problem, reload };
}
