import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage, importStakeholders, type ColumnMapping, type StakeholderImportResult } from '../api.ts';

interface Problem {
  message: string;
  rows: { line: number; message: string }[];
  mapping: ColumnMapping[];
}

/** Pick or paste a CSV; the server maps its columns and adds every row, or explains which rows to fix. */
export function StakeholderImportDialog({ boardId, token, onClose }: { boardId: string; token: string; onClose(): void }) {
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<StakeholderImportResult | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      setResult(await importStakeholders(boardId, token, csv));
    } catch (error) {
      const details = error instanceof ApiError ? error.details : {};
      setProblem({
        message: errorMessage(error),
        rows: Array.isArray(details.rows) ? (details.rows as Problem['rows']) : [],
        mapping: Array.isArray(details.mapping) ? (details.mapping as ColumnMapping[]) : [],
      });
    }
    setBusy(false);
  };

  const mapping = result?.mapping ?? problem?.mapping ?? [];
  return (
    <div className="dialog-backdrop">
      <form className="dialog dialog--wide" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="stakeholder-import-dialog" onSubmit={submit}>
        <h2 id="import-title">Import stakeholders</h2>
        <p>A header row, then one stakeholder per row. Columns such as Name, Organisation, Sector, Power, Interest and Attitude are recognised; others are ignored. If any row has a problem, nothing is added.</p>
        <label htmlFor="import-file">Choose a CSV file</label>
        <input id="import-file" type="file" accept=".csv,text/csv" data-testid="stakeholder-import-file" onChange={(e) => void e.target.files?.[0]?.text().then(setCsv)} />
        <label htmlFor="import-text">…or paste it here</label>
        <textarea id="import-text" rows={6} value={csv} data-testid="stakeholder-import-text" onChange={(e) => setCsv(e.target.value)} />
        {result && (
          <p role="status" data-testid="stakeholder-import-result">
            Added {result.created} stakeholder{result.created === 1 ? '' : 's'}
            {result.organisationsCreated > 0 ? ` and ${result.organisationsCreated} new organisation${result.organisationsCreated === 1 ? '' : 's'}` : ''}.
          </p>
        )}
        {problem && (
          <div role="alert" data-testid="stakeholder-import-errors">
            <p>{problem.message}</p>
            <ul>{problem.rows.map((row, i) => <li key={i}>Line {row.line}: {row.message}</li>)}</ul>
          </div>
        )}
        {mapping.length > 0 && (
          <table className="import-mapping">
            <caption>How the columns were read</caption>
            <thead><tr><th scope="col">Column in the file</th><th scope="col">Stakeholder field</th></tr></thead>
            <tbody>{mapping.map((m, i) => <tr key={i}><td>{m.header}</td><td>{m.field ?? 'ignored'}</td></tr>)}</tbody>
          </table>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>{result ? 'Done' : 'Cancel'}</button>
          {!result && (
            <button type="submit" className="button button--primary" data-testid="stakeholder-import-submit" disabled={busy || !csv.trim()}>
              {busy ? 'Importing…' : 'Import'}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
