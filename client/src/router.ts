import { useSyncExternalStore } from 'react';
import { isBoardId } from '@roundtable/shared';
import { Listeners } from './lib/value-store.ts';

/** A tiny history-API router: three pages do not need a routing library. */
export type Route = { page: 'home' } | { page: 'admin' } | { page: 'board'; boardId: string } | { page: 'not-found' };

const listeners = new Listeners();
let popstateBound = false;

function subscribe(listener: () => void): () => void {
  if (!popstateBound) {
    window.addEventListener('popstate', () => listeners.notify());
    popstateBound = true;
  }
  return listeners.add(listener);
}

const getPath = (): string => window.location.pathname;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  listeners.notify();
}

export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'home' };
  if (path === '/admin' || path === '/admin/') return { page: 'admin' };
  const board = /^\/b\/([^/]+)\/?$/.exec(path);
  if (board?.[1] && isBoardId(board[1])) return { page: 'board', boardId: board[1] };
  return { page: 'not-found' };
}

export const boardPath = (boardId: string): string => `/b/${boardId}`;

export function useRoute(): Route {
  return matchRoute(useSyncExternalStore(subscribe, getPath, getPath));
}
