import { useEffect } from 'react';
import { deleteEntities, NOTE_TYPE, type Entity } from '@roundtable/shared';
import { EMPTY_SELECTION, type BoardSession } from '../board/board-session.ts';
import { isTextField } from '../undo.ts';
import { CANVAS_VIEW } from '../canvas/canvas-store.ts';
import { focusSidePanelField } from './focus.ts';
import { canEditEntity } from '../locks/locks-store.ts';

/**
 * Keys for the one selected entity, in every view: Escape closes the panel (clears the selection), Delete
 * deletes the entity, Enter moves into its first field. Keys typed into other fields are left alone.
 */
export function useSidePanelKeys(session: BoardSession, id: string | null, entity: Entity | undefined): void {
  const type = entity?.type;
  useEffect(() => {
    if (!id || !type) return;
    const inPanel = (target: EventTarget | null) => target instanceof Node && !!document.querySelector('.side-panel')?.contains(target);
    const plain = (event: KeyboardEvent) => !(event.ctrlKey || event.metaKey || event.altKey || event.shiftKey);

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !plain(event)) return;
      if (event.key === 'Escape' && (!isTextField(event.target) || inPanel(event.target))) {
        session.selection.set(EMPTY_SELECTION);
      } else if (event.key === 'Delete' && !isTextField(event.target) && canEditEntity(session, id)) {
        // The canvas deletes its own selection (notes and arrows together).
        if (session.view.getSnapshot() === CANVAS_VIEW) return;
        event.preventDefault();
        deleteEntities(session.doc, [id], session.origin);
        session.selection.set(EMPTY_SELECTION);
      }
    };

    // Capture, so it runs before the board's Enter-to-edit-a-note key, which only applies to notes.
    const onEnter = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !plain(event) || type === NOTE_TYPE) return;
      if (isTextField(event.target) || isActivatable(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      focusSidePanelField();
    };

    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', onEnter, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', onEnter, true);
    };
  }, [session, id, type]);
}

const isActivatable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY');
