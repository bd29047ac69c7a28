import { useEffect } from 'react';
import type { BoardSession } from '../board/board-session.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useStore } from '../lib/use-store.ts';
import { BrainstormScreen } from './brainstorm-screen.ts';
import type { DraftStorage } from './draft-store.ts';

const screens = new WeakMap<BoardSession, BrainstormScreen>();

function deviceStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The brainstorm side of this open board; one per session, shared by the header badge and the canvas panel. */
export function brainstormScreen(session: BoardSession): BrainstormScreen {
  let screen = screens.get(session);
  if (!screen) {
    const { doc, provider, boardId } = session.connection;
    screen = new BrainstormScreen(doc, provider.awareness, boardId, deviceStorage(), session.origin);
    screens.set(session, screen);
  }
  return screen;
}

/**
 * Keeps the screen told whether this person may take part and whether the board has synced, and picks up notes
 * another tab of the same board changed. Mounted once, in the board header, so a reveal is published whichever
 * view is open.
 */
export function useBrainstormConditions(session: BoardSession): void {
  const screen = brainstormScreen(session);
  const canTakePart = !useReadOnly(session);
  const synced = useStore(session.loaded) === 'server';

  useEffect(() => {
    screen.setConditions({ canTakePart, synced });
  }, [screen, canTakePart, synced]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith('roundtable:brainstorm:')) screen.reloadDrafts();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [screen]);
}
