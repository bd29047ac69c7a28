import type { Role } from '@roundtable/shared';
import { ApiError, errorMessage, getBoard, type BoardView } from '../api.ts';
import { forgetToken, heldBoard, rememberBoard, tokensStrongestFirst } from './held-boards.ts';

/** How a board page can open: with a token (and the board as the server sees it, unless offline), or why not. */
export type BoardOpening =
  | { kind: 'ready'; token: string; role: Role; board: BoardView | null }
  | { kind: 'no-link' }
  | { kind: 'link-refused' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string };

/**
 * Picks the token to open a board with: a link just followed is checked and remembered, then the strongest
 * token this browser holds is used. Tokens the server no longer accepts are forgotten. Offline, the strongest
 * held token opens the board from this device's copy.
 */
export async function openBoard(boardId: string, linkToken: string | undefined): Promise<BoardOpening> {
  let linkRefused = false;
  if (linkToken) {
    try {
      const board = await getBoard(boardId, linkToken);
      rememberBoard(boardId, { tokens: { [board.role]: linkToken }, title: board.title, opened: true });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 0) return { kind: 'error', message: errorMessage(error) };
      if (error.status === 404) return { kind: 'missing' };
      linkRefused = true;
    }
  }
  for (const { role, token } of tokensStrongestFirst(heldBoard(boardId))) {
    try {
      const board = await getBoard(boardId, token);
      rememberBoard(boardId, { title: board.title, opened: true });
      return { kind: 'ready', token, role: board.role, board };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) forgetToken(boardId, role);
      else if (error instanceof ApiError && error.status === 404) return { kind: 'missing' };
      else return { kind: 'ready', token, role, board: null };
    }
  }
  return linkRefused ? { kind: 'link-refused' } : { kind: 'no-link' };
}
