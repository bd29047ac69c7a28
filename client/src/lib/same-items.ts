/**
 * `next`, or `previous` when both hold the very same items in the same order. Handing React Flow the same
 * array lets it skip a store update that would run every node's and edge's selector for nothing.
 */
export function keepIfSameItems<T>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous as T[];
}
