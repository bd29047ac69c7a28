import type { TemplateId } from '@roundtable/shared';
import { useCallback, useEffect, useState } from 'react';
import * as api from '../api.ts';
import type { BoardSummary } from '../api.ts';
import { boardPath, navigate } from '../router.ts';
import { BoardRow } from './BoardRow.tsx';
import { ImportBoardButton } from './ImportBoardButton.tsx';
import { CreateBoardForm } from './CreateBoardForm.tsx';
import '../styles/home.css';

/** The board list. Catalog data comes from REST, so plain component state is right here. */
export function HomePage() {
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setBoards(await api.listBoards());
      setError(null);
    } catch (caught) {
      setError(api.errorMessage(caught));
    }
  }, []);

  useEffect(() => {
    document.title = 'Roundtable — boards';
    void load();
  }, [load]);

  const attempt = async (action: () => Promise<void>): Promise<boolean> => {
    try {
      await action();
      setError(null);
      return true;
    } catch (caught) {
      setError(api.errorMessage(caught));
      return false;
    }
  };

  const create = (title: string, template: TemplateId) =>
    attempt(async () => {
      const board = await api.createBoard(title, template);
      navigate(boardPath(board.id));
    });

  const rename = (id: string, title: string) =>
    attempt(async () => {
      const board = await api.renameBoard(id, title);
      setBoards((list) => (list ?? []).map((b) => (b.id === id ? board : b)));
    });

  const remove = (board: BoardSummary) => {
    if (!window.confirm(`Delete the board “${board.title}”? Everyone loses access to it. This cannot be undone.`)) return;
    void attempt(async () => {
      await api.deleteBoard(board.id);
      setBoards((list) => (list ?? []).filter((b) => b.id !== board.id));
    });
  };

  return (
    <div className="home">
      <header className="home__header">
        <h1 className="brand">Roundtable</h1>
        <p className="home__lead">Shared planning boards for partnership workshops.</p>
      </header>
      <main className="home__main">
        <CreateBoardForm onCreate={create} />
        <ImportBoardButton />
        {error && (
          <div className="alert" role="alert">
            <span>{error}</span>
            {boards === null && (
              <button type="button" className="button" onClick={() => void load()}>
                Try again
              </button>
            )}
          </div>
        )}
        <section aria-labelledby="boards-heading">
          <h2 id="boards-heading">Your boards</h2>
          {boards === null && !error && <p className="muted">Loading boards…</p>}
          {boards?.length === 0 && (
            <p className="empty">No boards yet. Give your first board a name above — you can invite people once it is open.</p>
          )}
          {boards && boards.length > 0 && (
            <ul className="board-list">
              {boards.map((board) => (
                <BoardRow key={board.id} board={board} onRename={rename} onDelete={remove} />
              ))}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}
