import { useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { updateEntity, type Activity, type Milestone } from '@roundtable/shared';
import type { BoardSession } from '../../board/board-session.ts';
import { draggedDates, type DatePatch, type DragMode } from './date-drag.ts';
import { EntityPatchWriter } from '../../lib/entity-patch-writer.ts';
import { canEditEntity } from '../../locks/locks-store.ts';

interface Drag {
  id: string;
  mode: DragMode;
  entity: Milestone | Activity;
  originX: number;
  days: number;
}

/**
 * Pointer drags on bars and diamonds: whole days, written at most once per frame, one undo step per drag.
 * Arrow keys do the same a day at a time (with Shift, an activity's end only).
 */
export function useTimelineDrag(session: BoardSession, pxPerDay: number, readOnly: boolean) {
  const writer = useMemo(() => new EntityPatchWriter<DatePatch>(session.doc, session.origin), [session]);
  const drag = useRef<Drag | null>(null);
  useEffect(() => () => writer.flush(), [writer]);

  return useMemo(() => {
    const select = (id: string) => session.selectOnly(id);

    const start = (event: PointerEvent<Element>, id: string, entity: Milestone | Activity, mode: DragMode) => {
      if (event.button !== 0) return;
      event.stopPropagation();
      select(id);
      if (readOnly || !canEditEntity(session, id)) return;
      (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
      drag.current = { id, mode, entity, originX: event.clientX, days: 0 };
      session.undo.beginGesture();
    };

    const move = (event: PointerEvent<Element>) => {
      const current = drag.current;
      if (!current) return;
      const days = Math.round((event.clientX - current.originX) / pxPerDay);
      if (days === current.days) return;
      current.days = days;
      const patch = draggedDates(current.entity, current.mode, days);
      if (patch) writer.queue(current.id, patch);
    };

    const end = () => {
      if (!drag.current) return;
      drag.current = null;
      writer.flush();
      session.undo.endGesture();
    };

    const onKeyDown = (event: KeyboardEvent<Element>, id: string, entity: Milestone | Activity) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(id);
        return;
      }
      if (readOnly || !canEditEntity(session, id) || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
      event.preventDefault();
      const mode: DragMode = entity.type === 'milestone' ? 'due' : event.shiftKey ? 'end' : 'move';
      const patch = draggedDates(entity, mode, event.key === 'ArrowLeft' ? -1 : 1);
      if (patch) updateEntity(session.doc, id, patch, session.origin);
    };

    return { start, move, end, onKeyDown };
  }, [session, writer, pxPerDay, readOnly]);
}

export type TimelineDrag = ReturnType<typeof useTimelineDrag>;
