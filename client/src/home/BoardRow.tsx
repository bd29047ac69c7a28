import { useState, type KeyboardEvent } from 'react';
import { MAX_TITLE_LENGTH } from '@roundtable/shared';
import { Link } from '../Link.tsx';
import { boardPath } from '../router.ts';
import { fullDate, timeAgo } from './format-time.ts';
import type { BoardListItem } from './use-held-boards.ts';

interface Props {
  board: BoardListItem;
  onRename(board: BoardListItem, title: string): Promise<boolean>;
  onDelete(board: BoardListItem): void;
  onForget(board: BoardListItem): void;
}

const ROLE_LABELS = { facilitator: 'Facilitator', editor: 'Editor', viewer: 'Viewer' } as const;

/** One board on the home page. Renaming and deleting are for its facilitators; anyone can drop it from this list. */
export function BoardRow({ board, onRename, onDelete, onForget }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const facilitator = board.role === 'facilitator';

  const save = async () => {
    if (draft === null) return;
    const title = draft.trim();
    if (!title || title === board.title) return setDraft(null);
    if (await onRename(board, title)) setDraft(null);
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
          <span className="board-row__updated">
            <span className="board-row__role" data-testid="board-role">{ROLE_LABELS[board.role]}</span>
            {board.updatedAt && <span title={fullDate(board.updatedAt)}> · Updated {timeAgo(board.updatedAt)}</span>}
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
        {draft !== null ? (
          <>
            <button type="button" className="button button--primary" onClick={() => void save()}>
              Save
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </>
        ) : facilitator ? (
          <>
            <button type="button" className="button" data-testid="rename-board" aria-label={`Rename ${board.title}`} onClick={() => setDraft(board.title)}>
              Rename
            </button>
            <button type="button" className="button button--danger" data-testid="delete-board" aria-label={`Delete ${board.title}`} onClick={() => onDelete(board)}>
              Delete
            </button>
          </>
        ) : (
          <button type="button" className="button" data-testid="forget-board" aria-label={`Remove ${board.title} from this list`} onClick={() => onForget(board)}>
            Remove from list
          </button>
        )}
      </div>
    </li>
  );
}
