import { useState, type KeyboardEvent } from 'react';
import { MAX_TITLE_LENGTH } from '@roundtable/shared';
import type { BoardSummary } from '../api.ts';
import { Link } from '../Link.tsx';
import { boardPath } from '../router.ts';
import { fullDate, timeAgo } from './format-time.ts';

interface Props {
  board: BoardSummary;
  onRename(id: string, title: string): Promise<boolean>;
  onDelete(board: BoardSummary): void;
}

export function BoardRow({ board, onRename, onDelete }: Props) {
  const [draft, setDraft] = useState<string | null>(null);

  const save = async () => {
    if (draft === null) return;
    const title = draft.trim();
    if (!title || title === board.title) return setDraft(null);
    if (await onRename(board.id, title)) setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
    }
  };

  return (
    <li className="board-row" data-testid="board-item">
      {draft === null ? (
        <div className="board-row__main">
          <Link className="board-row__title" href={boardPath(board.id)}>
            {board.title}
          </Link>
          <span className="board-row__updated" title={fullDate(board.updatedAt)}>
            Updated {timeAgo(board.updatedAt)}
          </span>
        </div>
      ) : (
        <div className="board-row__main">
          <input
            className="board-row__input"
            data-testid="rename-input"
            aria-label={`New title for ${board.title}`}
            value={draft}
            maxLength={MAX_TITLE_LENGTH}
            autoFocus
            onFocus={(event) => event.target.select()}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <span className="board-row__hint">Enter to save, Escape to cancel</span>
        </div>
      )}
      <div className="board-row__actions">
        {draft === null ? (
          <button
            type="button"
            className="button"
            data-testid="rename-board"
            aria-label={`Rename ${board.title}`}
            onClick={() => setDraft(board.title)}
          >
            Rename
          </button>
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={() => void save()}>
              Save
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </>
        )}
        <button
          type="button"
          className="button button--danger"
          data-testid="delete-board"
          aria-label={`Delete ${board.title}`}
          onClick={() => onDelete(board)}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
