import { useReactFlow } from '@xyflow/react';
import { useBoardSession } from '../board/board-context.ts';
import { useReadOnly } from '../board/use-read-only.ts';
import { useStore } from '../lib/use-store.ts';
import { addNoteAt, deleteSelection } from './canvas-actions.ts';
import { CommentHereButton } from '../comments/CommentHereButton.tsx';
import { useDeletableSelection } from '../locks/use-locks.ts';

/** The main actions, as real labelled buttons; wraps onto more lines on a phone. */
export function BoardToolbar() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const selection = useStore(session.selection);
  const { screenToFlowPosition } = useReactFlow();
  const { notes, arrows } = useDeletableSelection(session, selection);
  const selectedCount = notes.length + arrows.length;

  const addNote = () => {
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    const center = pane
      ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    const id = addNoteAt(session.doc, session.origin, center, session.canvas.getSnapshot().nodes);
    session.selectOnly(id);
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Board tools">
      <button type="button" className="button button--primary" data-testid="add-note" onClick={addNote} disabled={readOnly}>
        <span aria-hidden="true">+</span> Add note
      </button>
      <button
        type="button"
        className="button button--danger"
        data-testid="delete-selected"
        disabled={readOnly || selectedCount === 0}
        onClick={() => deleteSelection(session.doc, session.origin, notes, arrows)}
      >
        Delete selected
      </button>
      <CommentHereButton />
      {!readOnly && <span className="toolbar__hint">Double-click to add or edit · drag a dot on a note’s edge to connect</span>}
    </div>
  );
}
