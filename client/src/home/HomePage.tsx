import type { TemplateId } from '@roundtable/shared';
import { useEffect, useState } from 'react';
import * as api from '../api.ts';
import { forgetBoard, rememberBoard } from '../links/held-boards.ts';
import { openCreatedBoard } from '../links/open-created-board.ts';
import { BoardRow } from './BoardRow.tsx';
import { ImportBoardButton } from './ImportBoardButton.tsx';
import { CreateBoardForm } from './CreateBoardForm.tsx';
import { useHeldBoards, type BoardListItem } from './use-held-boards.ts';
import '../styles/home.css';

/** The boards this browser holds links for. Catalog data comes from REST, so plain component state is right here. */
export function HomePage() {
  const { boards, setBoards } = useHeldBoards();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Roundtable — boards';
  }, []);

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

  const create = (title: string, template: TemplateId) => attempt(async () => openCreatedBoard(await api.createBoard(title, template)));

  const rename = (board: BoardListItem, title: string) =>
    attempt(async () => {
      const renamed = await api.renameBoard(board.id, board.token, title);
      rememberBoard(board.id, { title: renamed.title });
      setBoards((list) => list.map((b) => (b.id === board.id ? { ...b, title: renamed.title } : b)));
    });

  const remove = (board: BoardListItem) => {
    if (!window.confirm(`Delete the board “${board.title}”? Everyone loses access to it. This cannot be undone.`)) return;
    void attempt(async () => {
      await api.deleteBoard(board.id, board.token);
      forget(board);
    });
  };

  const forget = (board: BoardListItem) => {
    forgetBoard(board.id);
    setBoards((list) => list.filter((b) => b.id !== board.id));
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
          </div>
        )}
        <section aria-labelledby="boards-heading">
          <h2 id="boards-heading">Your boards</h2>
          {boards.length === 0 ? (
            <p className="empty">
              No boards on this device yet. Start one above, or open the link a facilitator sent you — boards you open here are listed
              for next time.
            </p>
          ) : (
            <ul className="board-list">
              {boards.map((board) => (
                <BoardRow key={board.id} board={board} onRename={rename} onDelete={remove} onForget={forget} />
              ))}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}
