import { useCallback, useSyncExternalStore } from 'react';
import type { ReadableStore } from './value-store.ts';

/** Reads a framework-free store; the component re-renders when the snapshot object changes. */
export function useStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/**
 * Reads one derived value of a store. The selector must return a primitive or an object whose identity the
 * store keeps stable, otherwise React would re-render forever.
 */
export function useStoreSelector<T, S>(store: ReadableStore<T>, selector: (snapshot: T) => S): S {
  const get = useCallback(() => selector(store.getSnapshot()), [store, selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}
