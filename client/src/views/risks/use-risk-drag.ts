import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { BoardSession } from '../../board/board-session.ts';
import { cellKey, ratingOfCell, type Rating } from './risk-grid.ts';
import { EntityPatchWriter } from '../../lib/entity-patch-writer.ts';
import { canEditEntity } from '../../locks/locks-store.ts';

/** A pointer must travel this far (px) before a press on a card becomes a drag rather than a click. */
const DRAG_THRESHOLD = 5;

interface Press {
  id: string;
  x: number;
  y: number;
  rating: Rating;
  dragging: boolean;
}

/**
 * Dragging risk cards between grid cells with mouse, pen or touch. The card re-scores live as it crosses cells
 * (written at most once a frame), and the whole drag is one undo step. Listeners sit on the window because the
 * card moves to another cell, and so to another element, while it is dragged.
 */
export function useRiskDrag(session: BoardSession, readOnly: boolean) {
  const [rescorer] = useState(() => new EntityPatchWriter<Rating>(session.doc, session.origin));
  const press = useRef<Press | null>(null);
  const suppressClick = useRef(false);
  const [target, setTarget] = useState<{ id: string; cell: string } | null>(null);
  const cleanup = useRef<() => void>(() => {});

  // Leaving the view mid-drag still writes the last cell and closes the undo step.
  useEffect(() => () => {
    cleanup.current();
    if (!press.current?.dragging) return;
    press.current = null;
    rescorer.flush();
    session.undo.endGesture();
  }, [session, rescorer]);

  const onPointerDown = useCallback((event: ReactPointerEvent<HTMLElement>, id: string, rating: Rating) => {
    if (readOnly || event.button !== 0 || !canEditEntity(session, id)) return;
    press.current = { id, x: event.clientX, y: event.clientY, rating, dragging: false };
    suppressClick.current = false;

    const move = (e: PointerEvent) => {
      const current = press.current;
      if (!current) return;
      if (!current.dragging) {
        if (Math.hypot(e.clientX - current.x, e.clientY - current.y) < DRAG_THRESHOLD) return;
        current.dragging = true;
        session.undo.beginGesture();
        session.selectOnly(current.id);
      }
      e.preventDefault();
      const rating = ratingOfCell(document.elementFromPoint(e.clientX, e.clientY));
      if (!rating) return;
      setTarget({ id: current.id, cell: cellKey(rating) });
      if (cellKey(rating) !== cellKey(current.rating)) {
        current.rating = rating;
        rescorer.queue(current.id, rating);
      }
    };
    const end = () => {
      const current = press.current;
      press.current = null;
      cleanup.current();
      if (!current?.dragging) return;
      // The click that follows this pointerup (if it lands on the card) is part of the drag, not a selection.
      suppressClick.current = true;
      setTimeout(() => (suppressClick.current = false), 0);
      rescorer.flush();
      session.undo.endGesture();
      setTarget(null);
    };
    cleanup.current = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      cleanup.current = () => {};
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  }, [session, readOnly, rescorer]);

  /** True once for the click that ends a drag, so dropping a card does not also count as a click. */
  const consumeDragClick = useCallback((): boolean => {
    const was = suppressClick.current;
    suppressClick.current = false;
    return was;
  }, []);

  return { onPointerDown, consumeDragClick, target };
}
