import { useStore } from '../lib/use-store.ts';
import type { Access } from './access-store.ts';
import { useBoardSession } from './board-context.ts';

/** This browser's role on the open board and the board's mode, live. */
export function useAccess(): Access {
  return useStore(useBoardSession().access);
}

export function useIsFacilitator(): boolean {
  return useAccess().role === 'facilitator';
}
