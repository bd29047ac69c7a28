import { useEffect } from 'react';
import { isTextField, undoShortcut } from '../undo.ts';
import type { BoardSession } from './board-session.ts';

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
      if (nodes.size !== 1) return;
      event.preventDefault();
      session.editing.set([...nodes][0]!);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session]);
}

const isButton = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A');
