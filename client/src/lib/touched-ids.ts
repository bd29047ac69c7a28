import type * as Y from 'yjs';

/** Keys of `root` (a top-level Y.Map observed deeply) whose entries a batch of deep events changed. */
export function touchedIds(events: Y.YEvent<Y.AbstractType<unknown>>[], root: object): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === root) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key);
    else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
  }
  return ids;
}
