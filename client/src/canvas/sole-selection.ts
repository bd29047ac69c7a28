import { createContext, useContext } from 'react';

/**
 * The note that alone is selected on this canvas, or null. Its toolbar and resize handles show only then, as
 * in Miro or tldraw. One id for the whole canvas, read only by selected notes, rather than a React Flow store
 * subscription per note: those made every viewport change cost O(notes²).
 */
export const SoleSelectionContext = createContext<string | null>(null);

export const useSoleSelection = (): string | null => useContext(SoleSelectionContext);

/** The only selected node's id, or null when none or several are selected. */
export function soleSelectedId(nodes: readonly { id: string; selected?: boolean }[]): string | null {
  let found: string | null = null;
  for (const node of nodes) {
    if (!node.selected) continue;
    if (found !== null) return null;
    found = node.id;
  }
  return found;
}
