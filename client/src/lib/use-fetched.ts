import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api.ts';

/** Something fetched from the API when shown, with the problem to show if that failed, and a way to fetch again. */
export function useFetched<T>(fetch: () => Promise<T>) {
  const [value, setValue] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      fetch().then(
        (next) => {
          setValue(next);
          setProblem(null);
        },
        (error: unknown) => setProblem(errorMessage(error)),
      ),
    [fetch],
  );
  useEffect(() => void reload(), [reload]);
  return { value, problem, reload };
}
