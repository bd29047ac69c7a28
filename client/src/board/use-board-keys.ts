import { useEffect } from 'react';
import { isTextField, undoShortcut } from '../undo.ts';
import type { BoardSession } from './board-session.ts';
import { canEditEntity } from '../locks/locks-store.ts';

/** Undo/redo shortcuts and Enter to edit the selected note. Keys typed into fields are left alone. */
export function useBoardKeys(session: BoardSession): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoShortcut(event);
      if (action) {
        event.preventDefault();
        if (!session.readOnly) session.undo[action]();
        return;
      }
      if (event.key !== 'Enter' || isTextField(event.target) || isButton(event.target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || session.readOnly) return;
      const { nodes } = session.selection.getSnapshot();
      const [id] = nodes;
      // Only a note has text to type into; other cards' fields are in the side panel.
      if (nodes.size !== 1 || session.plan.getSnapshot().entities.get(id!)?.type !== 'note' || !canEditEntity(session, id!)) return;
      event.preventDefault();
      session.editing.set(id!);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}

const isButton = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A');
