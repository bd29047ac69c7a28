import '../styles/transfer.css';
import { useState } from 'react';
import { downloadExport, errorMessage, type ExportFile } from '../api.ts';
import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useDetailsMenu } from '../lib/details-menu.ts';
import { useStore } from '../lib/use-store.ts';
import { StakeholderImportDialog } from './StakeholderImportDialog.tsx';
import { downloadViewImage, fileBaseFor } from './view-image.ts';

const DOWNLOADS: { file: ExportFile; label: string }[] = [
  { file: 'report.html', label: 'Partnership plan report (printable page)' },
  { file: 'report.md', label: 'Partnership plan report (Markdown)' },
  { file: 'stakeholders.csv', label: 'Stakeholder register (CSV)' },
  { file: 'risks.csv', label: 'Risk register (CSV)' },
  { file: 'board.json', label: 'Whole board (board.json, to import elsewhere)' },
];

/** Downloads built by the server, a picture of the current view, and importing stakeholders from a spreadsheet. */
export function ExportMenu({ title }: { title: string }) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const view = useStore(session.view);
  const [importing, setImporting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const menu = useDetailsMenu();
  const { boardId, token } = session;
  /** Like any menu, it closes once something is chosen. */
  const { close } = menu;

  const picture = (format: 'png' | 'svg') => {
    setProblem(null);
    downloadViewImage(format, fileBaseFor(title, view)).then(close, () => setProblem('The picture could not be made. Try again, or use the report.'));
  };

  const download = (file: ExportFile) => {
    setProblem(null);
    downloadExport(boardId, token, file).then(close, (error: unknown) => setProblem(errorMessage(error)));
  };

  return (
    <>
      <details ref={menu.ref} className="menu" data-testid="export-menu" onKeyDown={menu.onKeyDown}>
        <summary className="button button--small">Export and import</summary>
        <div className="menu__panel" role="group" aria-label="Export and import">
          <h3>Download</h3>
          {DOWNLOADS.map(({ file, label }) => (
            <button key={file} type="button" className="menu__item" data-testid={`export-${file}`} onClick={() => download(file)}>
              {label}
            </button>
          ))}
          <h3>This view as a picture</h3>
          <button type="button" className="menu__item" data-testid="export-png" onClick={() => picture('png')}>PNG image</button>
          <button type="button" className="menu__item" data-testid="export-svg" onClick={() => picture('svg')}>SVG image</button>
          {problem && <p role="alert" className="menu__problem">{problem}</p>}
          <h3>Import</h3>
          <button type="button" className="menu__item" data-testid="import-stakeholders" disabled={readOnly} onClick={() => { setImporting(true); close(); }}>
            Stakeholders from a spreadsheet (CSV)…
          </button>
        </div>
      </details>
      {importing && <StakeholderImportDialog boardId={boardId} token={token} onClose={() => setImporting(false)} />}
    </>
  );
}
