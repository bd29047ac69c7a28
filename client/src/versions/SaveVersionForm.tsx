import { useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../api.ts';
import { useBoardSession } from '../board/board-context.ts';
import { storedName } from '../board/identity.ts';
import { saveVersion, type VersionSummary } from './versions-api.ts';

/** Names and saves the board as it is now. */
export function SaveVersionForm({ onSaved }: { onSaved(version: VersionSummary): void }) {
  const session = useBoardSession();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      onSaved(await saveVersion(session.boardId, session.token, name.trim(), storedName()));
      setName('');
    } catch (error) {
      setProblem(errorMessage(error));
    }
    setBusy(false);
    // The button was disabled while saving, which drops focus: put it back where the person was typing.
    input.current?.focus();
  };

  return (
    <form className="versions__save" onSubmit={submit}>
      <label htmlFor="version-name">Save the board as it is now</label>
      <div className="versions__save-row">
        <input
          id="version-name"
          ref={input}
          data-testid="version-name"
          value={name}
          maxLength={200}
          placeholder="e.g. Before the workshop"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--primary" data-testid="version-save" disabled={busy || !name.trim()}>
          {busy ? 'Saving…' : 'Save a version'}
        </button>
      </div>
      {problem && <p role="alert" className="versions__problem">{problem}</p>}
    </form>
  );
}
