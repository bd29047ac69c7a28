import { memo, useState, type ReactNode } from 'react';
import { useBoardSession } from '../board/board-context.ts';
import '../styles/view-outline.css';

/**
 * A text outline of a visual view (the graph, the timeline, the canvas): the same facts as a list, for screen
 * readers and for anyone who prefers reading to looking. Closed until asked for, and its body is mounted only
 * while open: closed, it is hidden from everyone anyway, and a list of thousands of cards kept up to date on
 * every frame of a drag would cost more than the canvas itself.
 */
export function ViewOutline({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="view-outline" data-testid="view-outline" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{label}</summary>
      {open && <div className="view-outline__body">{children}</div>}
    </details>
  );
}

/** An item's name as a button that selects it, opening its details in the side panel. */
export const SelectItem = memo(function SelectItem({ id, name }: { id: string; name: string }) {
  const session = useBoardSession();
  return (
    <button type="button" className="view-outline__item" onClick={() => session.selectOnly(id)}>
      {name}
    </button>
  );
});
