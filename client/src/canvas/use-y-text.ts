import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * The current string of a Y.Text, read during render. `beforeChange` runs inside the Yjs observer, before
 * React sees the new value (the editor uses it to move the caret past remote edits).
 */
export function useYText(ytext: Y.Text, beforeChange?: (event: Y.YTextEvent, transaction: Y.Transaction) => void): string {
  const subscribe = useCallback(
    (notify: () => void) => {
      const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
        beforeChange?.(event, transaction);
        notify();
      };
      ytext.observe(observer);
      return () => ytext.unobserve(observer);
    },
    [ytext, beforeChange],
  );
  const read = useCallback(() => ytext.toString(), [ytext]);
  return useSyncExternalStore(subscribe, read, read);
}
