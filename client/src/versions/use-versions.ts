import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api.ts';
import { listVersions, type VersionSummary } from './versions-api.ts';

/** The board's versions, newest first, fetched when the dialog opens and again after each change. */
export function useVersions(boardId: string, token: string) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      listVersions(boardId, token).then(
        (list) => {
          setVersions(list);
          setProblem(null);
        },
        (error: unknown) => setProblem(errorMessage(error)),
      ),
    [boardId, token],
  );
  useEffect(() => void reload(), [reload]);
  return { versions, problem, reload };
}
