import { useMemo } from 'react';
import { keepIfSameItems } from '../lib/same-items.ts';
import { useStoreSelector } from '../lib/use-store.ts';
import type { CanvasSnapshot } from './canvas-store.ts';
import type { ReadableStore } from '../lib/value-store.ts';

/** The canvas's note ids in order, as the same array until a note is added, removed or reordered (not moved). */
export function noteIdsSelector(): (snapshot: CanvasSnapshot) => readonly string[] {
  let last: string[] | undefined;
  return (snapshot) => {
    last = keepIfSameItems(last, snapshot.nodes.map((node) => node.id));
    return last;
  };
}

export function useNoteIds(canvas: ReadableStore<CanvasSnapshot>): readonly string[] {
  return useStoreSelector(canvas, useMemo(noteIdsSelector, []));
}
