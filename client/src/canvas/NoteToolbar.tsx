import { NodeToolbar, Position } from '@xyflow/react';
import { NOTE_COLORS, type NoteColor } from '@roundtable/shared';
import { useBoardSession } from '../board/board-context.ts';
import { deleteSelection, setNoteColor } from './canvas-actions.ts';
import { NOTE_PAPER } from './note-colors.ts';

/** Shown above a note when it alone is selected: colour palette, edit and delete. */
export function NoteToolbar({ id, color }: { id: string; color: NoteColor }) {
  const session = useBoardSession();
  return (
    <NodeToolbar position={Position.Top} offset={12} className="note-toolbar">
      <div className="note-toolbar__colors" role="group" aria-label="Note colour">
        {NOTE_COLORS.map((option) => (
          <button
            key={option}
            type="button"
            className={`swatch${option === color ? ' swatch--current' : ''}`}
            style={{ background: NOTE_PAPER[option].fill, borderColor: NOTE_PAPER[option].edge }}
            data-testid={`note-color-${option}`}
            aria-label={`${NOTE_PAPER[option].label} note`}
            aria-pressed={option === color}
            title={NOTE_PAPER[option].label}
            onClick={() => setNoteColor(session.doc, session.origin, [id], option)}
          />
        ))}
      </div>
      <button type="button" className="button button--small" onClick={() => session.editing.set(id)}>
        Edit text
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        data-testid="note-delete"
        onClick={() => deleteSelection(session.doc, session.origin, [id], [])}
      >
        Delete
      </button>
    </NodeToolbar>
  );
}
