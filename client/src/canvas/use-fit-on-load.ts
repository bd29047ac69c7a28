import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { BoardSession } from '../board/board-session.ts';
import { useStore } from '../lib/use-store.ts';

/**
 * Frames the notes once, when the board first shows content (from this device's copy or the server).
 * Later additions never move the view under people's hands.
 */
export function useFitOnLoad(session: BoardSession, noteCount: number): void {
  const loaded = useStore(session.loaded);
  const { fitView } = useReactFlow();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || loaded === 'loading') return;
    if (noteCount > 0) {
      done.current = true;
      void fitView({ padding: 0.2, maxZoom: 1 });
    } else if (loaded === 'server') {
      done.current = true;
    }
  }, [loaded, noteCount, fitView]);
}
