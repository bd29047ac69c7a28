import type { CreatedBoard } from '../api.ts';
import { boardPath, navigate } from '../router.ts';
import { rememberBoard } from './held-boards.ts';

/** Opens a board this browser has just made (created or imported): it holds every link of it. */
export function openCreatedBoard(board: CreatedBoard): void {
  rememberBoard(board.id, { tokens: board.tokens, title: board.title, opened: true });
  navigate(boardPath(board.id));
}
