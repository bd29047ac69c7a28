import { useEffect, useState } from 'react';
import { ApiError, errorMessage, getBoard, type BoardSummary } from '../api.ts';

export interface BoardInfo {
  board: BoardSummary | null;
  error: string | null;
  /** The catalog says there is no such board. */
  missing: boolean;
}

/** The board's catalog entry (its title). Catalog data, not board content, so plain state is right. */
export function useBoardInfo(boardId: string): BoardInfo {
  const [info, setInfo] = useState<BoardInfo>({ board: null, error: null, missing: false });
  useEffect(() => {
    let live = true;
    setInfo({ board: null, error: null, missing: false });
    getBoard(boardId).then(
      (board) => live && setInfo({ board, error: null, missing: false }),
      (error: unknown) => {
        if (!live) return;
        const missing = error instanceof ApiError && error.status === 404;
        setInfo({ board: null, error: missing ? 'This board no longer exists.' : errorMessage(error), missing });
      },
    );
    return () => {
      live = false;
    };
  }, [boardId]);
  return info;
}
