import { useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH } from '@roundtable/shared';

interface Props {
  onCreate(title: string): Promise<boolean>;
}

export function CreateBoardForm({ onCreate }: Props) {
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    if (await onCreate(trimmed)) setTitle('');
    setBusy(false);
  };

  return (
    <form className="create-board" onSubmit={submit}>
      <label htmlFor="new-board-title">Start a new board</label>
      <div className="create-board__row">
        <input
          id="new-board-title"
          data-testid="new-board-title"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          placeholder="For example: Discharge to assess workshop"
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="button button--primary" data-testid="create-board" disabled={busy || !title.trim()}>
          {busy ? 'Creating…' : 'Create board'}
        </button>
      </div>
    </form>
  );
}
