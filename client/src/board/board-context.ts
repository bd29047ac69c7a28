import { createContext, useContext } from 'react';
import type { BoardSession } from './board-session.ts';

export const BoardContext = createContext<BoardSession | null>(null);

export function useBoardSession(): BoardSession {
  const session = useContext(BoardContext);
  if (!session) throw new Error('useBoardSession must be used inside a board page');
  return session;
}
