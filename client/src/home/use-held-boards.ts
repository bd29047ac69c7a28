import { useCallback, useEffect, useState } from 'react';
import type { Role } from '@roundtable/shared';
import { ApiError, getBoard } from '../api.ts';
import { forgetBoard, forgetToken, heldBoards, rememberBoard, tokensStrongestFirst } from '../links/held-boards.ts';

/** A board on the home page: one this browser holds a link for. */
export interface BoardListItem {
  id: string;
  title: string;
  role: Role;
  token: string;
  /** When the board last changed, once the server has said. */
  updatedAt: string | null;
}

function fromStorage(): BoardListItem[] {
  return heldBoards().flatMap((board) => {
    const best = tokensStrongestFirst(board)[0];
    return best ? [{ id: board.id, title: board.title, role: best.role, token: best.token, updatedAt: null }] : [];
  });
}

/**
 * The boards whose links this browser holds, refreshed from the server: titles and last changes are brought up
 * to date, links that were replaced and boards that were deleted drop out of the list.
 */
export function useHeldBoards() {
  const [boards, setBoards] = useState<BoardListItem[]>(fromStorage);

  const refresh = useCallback(async () => {
    const listed = fromStorage();
    setBoards(listed);
    const updatedAt = new Map<string, string>();
    await Promise.all(
      listed.map(async (item) => {
        try {
          const board = await getBoard(item.id, item.token);
          rememberBoard(item.id, { title: board.title });
          updatedAt.set(item.id, board.updatedAt);
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) forgetToken(item.id, item.role);
          if (error instanceof ApiError && error.status === 404) forgetBoard(item.id);
        }
      }),
    );
    setBoards(fromStorage().map((item) => ({ ...item, updatedAt: updatedAt.get(item.id) ?? null })));
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { boards, setBoards };
}
