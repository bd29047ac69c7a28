import { useStore } from '../lib/use-store.ts';
import { useBoardSession } from './board-context.ts';
import { useReadOnly } from './use-read-only.ts';

/** Undo and redo of your own changes, in every view (Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z do the same). */
export function UndoButtons() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const { canUndo, canRedo } = useStore(session.undo);
  return (
    <div className="undo-buttons" role="group" aria-label="Undo and redo your changes">
      <button type="button" className="button button--small" data-testid="undo" onClick={() => session.undo.undo()} disabled={readOnly || !canUndo} title="Undo your last change (Ctrl+Z)">
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button type="button" className="button button--small" data-testid="redo" onClick={() => session.undo.redo()} disabled={readOnly || !canRedo} title="Redo (Ctrl+Shift+Z)">
        <span aria-hidden="true">↷</span> Redo
      </button>
    </div>
  );
}
