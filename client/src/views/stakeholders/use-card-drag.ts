import { useCallback, useEffect, useMemo, type PointerEvent, type RefObject } from 'react';
import type { BoardSession } from '../../board/board-session.ts';
import { fractionToRating, type Rating } from './map-geometry.ts';
import { EntityPatchWriter } from '../../lib/entity-patch-writer.ts';
import { canEditEntity } from '../../locks/locks-store.ts';

/** Pixels a pointer must travel before a press on a card becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

/**
 * Dragging a card on the map: the card follows the pointer through the document (power and interest written
 * at most once per frame), and the whole drag is one undo step.
 */
export function useCardDrag(session: BoardSession, plot: RefObject<HTMLElement | null>, readOnly: boolean) {
  const writer = useMemo(() => new EntityPatchWriter<Rating>(session.doc, session.origin), [session]);
  useEffect(() => () => writer.flush(), [writer]);

  return useCallback((id: string, event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0 || readOnly || !canEditEntity(session, id) || !plot.current) return;
    const card = event.currentTarget;
    const area = plot.current;
    const grabbed = card.getBoundingClientRect();
    // Where on the card it was grabbed: the card keeps that point under the pointer.
    const offset = { x: event.clientX - grabbed.left, y: event.clientY - grabbed.top };
    const start = { x: event.clientX, y: event.clientY };
    let dragging = false;
    card.setPointerCapture(event.pointerId);

    const move = (e: globalThis.PointerEvent) => {
      if (!dragging && Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD) return;
      if (!dragging) session.undo.beginGesture();
      dragging = true;
      // Measured on every move: selecting the card opens the side panel, which narrows the map.
      const box = area.getBoundingClientRect();
      // A card's left edge runs from the area's left (interest 0) to its right minus the card (interest 10).
      const x = (e.clientX - offset.x - box.left) / Math.max(1, box.width - card.offsetWidth);
      const y = (e.clientY - offset.y - box.top) / Math.max(1, box.height - card.offsetHeight);
      writer.queue(id, fractionToRating(x, y));
    };
    const end = () => {
      card.removeEventListener('pointermove', move);
      card.removeEventListener('pointerup', end);
      card.removeEventListener('pointercancel', end);
      if (!dragging) return;
      writer.flush();
      session.undo.endGesture();
    };
    card.addEventListener('pointermove', move);
    card.addEventListener('pointerup', end);
    card.addEventListener('pointercancel', end);
  }, [session, writer, plot, readOnly]);
}
