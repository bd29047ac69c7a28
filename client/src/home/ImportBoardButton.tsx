import { useState, type ChangeEvent } from 'react';
import { errorMessage, importBoard } from '../api.ts';
import { openCreatedBoard } from '../links/open-created-board.ts';

/** Opens a board exported elsewhere (a board.json file) as a new board here. */
export function ImportBoardButton() {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      openCreatedBoard(await importBoard(await file.text()));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <div className="import-board">
      <input id="import-board-file" className="visually-hidden" type="file" accept=".json,application/json" data-testid="import-board-file" onChange={(e) => void onFile(e)} disabled={busy} />
      <label className="button" htmlFor="import-board-file">
        {busy ? 'Importing…' : 'Import a board file (board.json)'}
      </label>
      {problem && <p role="alert" className="import-board__problem">{problem}</p>}
    </div>
  );
}
