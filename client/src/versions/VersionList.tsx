import { useState } from 'react';
import { errorMessage } from '../api.ts';
import { useBoardSession } from '../board/board-context.ts';
import { useAccess } from '../board/use-access.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { openCreatedBoard } from '../links/open-created-board.ts';
import type { Screen } from './HistoryDialog.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import { useVersions } from './use-versions.ts';
import { VersionRow } from './VersionRow.tsx';
import { restoreAsNewBoard, restoreOntoBoard, type VersionSummary } from './versions-api.ts';

const RESTORE_WARNING = (name: string) =>
  `Restore “${name}” onto this board?\n\nThe board changes back to that version for everyone, at once, as new changes. ` +
  'Nothing is lost: the board as it is now is kept as a version first, so you can undo this by restoring that one.';

/** The list screen: save a version, see them all, and act on one (or compare two). */
export function VersionList({ show }: { show(screen: Screen): void }) {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const { role } = useAccess();
  const { versions, problem: loadProblem, reload } = useVersions(session.boardId, session.token);
  const [selected, setSelected] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<string | void>) => {
    setBusy(true);
    setProblem(null);
    setStatus(null);
    try {
      const message = await work();
      if (message) setStatus(message);
    } catch (error) {
      setProblem(errorMessage(error));
    }
    setBusy(false);
  };

  const restoreOnto = (version: VersionSummary) => {
    if (!window.confirm(RESTORE_WARNING(version.name))) return;
    void act(async () => {
      await restoreOntoBoard(session.boardId, session.token, version.id);
      await reload();
      return `Restored “${version.name}” onto this board.`;
    });
  };

  const restoreNew = (version: VersionSummary) =>
    void act(async () => openCreatedBoard(await restoreAsNewBoard(session.boardId, session.token, version.id)));

  const toggle = (id: string) => setSelected((now) => (now.includes(id) ? now.filter((other) => other !== id) : [...now, id].slice(-2)));

  const compareSelected = () => {
    const [older, newer] = (versions ?? []).filter((version) => selected.includes(version.id)).reverse();
    if (older && newer) show({ kind: 'compare', from: older, to: newer });
  };

  return (
    <>
      <p className="versions__intro">
        A version is a copy of the whole board at one moment. One is also kept automatically when the last person leaves a board that changed.
      </p>
      {!readOnly && (
        <SaveVersionForm
          onSaved={(version) => {
            setStatus(`Saved “${version.name}”.`);
            void reload();
          }}
        />
      )}
      <p role="status" className="versions__status" data-testid="versions-status">{status}</p>
      {(problem ?? loadProblem) && <p role="alert" className="versions__problem">{problem ?? loadProblem}</p>}
      {versions === null ? (
        !loadProblem && <p>Loading versions…</p>
      ) : versions.length === 0 ? (
        <p data-testid="versions-empty">No versions yet.</p>
      ) : (
        <>
          <div className="versions__compare-bar">
            <span>Tick two versions to compare them.</span>
            <button type="button" className="button button--small" data-testid="versions-compare-selected" disabled={selected.length !== 2} onClick={compareSelected}>
              Compare the two ticked
            </button>
          </div>
          <ul className="versions__list" data-testid="versions-list">
            {versions.map((version) => (
              <VersionRow
                key={version.id}
                version={version}
                selected={selected.includes(version.id)}
                busy={busy}
                onToggle={() => toggle(version.id)}
                onPreview={() => show({ kind: 'preview', version })}
                onCompareNow={() => show({ kind: 'compare', from: version, to: 'current' })}
                onRestoreNew={role !== 'viewer' ? () => restoreNew(version) : undefined}
                onRestoreOnto={role === 'facilitator' && !readOnly ? () => restoreOnto(version) : undefined}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
