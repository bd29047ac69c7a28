import type { NodeChange } from '@xyflow/react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The size React Flow measured for each card, kept so that a rebuilt card object (moved, selected, renamed)
 * carries it as `measured`. A card object without one makes React Flow hide the card and measure it again
 * with a ResizeObserver: every moved card, and its arrows, would render twice and force a layout per move.
 * A card whose content grows is still re-measured: the observer reports it and the new size is recorded.
 */
export function recordMeasuredSizes(sizes: Map<string, Size>, changes: readonly NodeChange[]): void {
  for (const change of changes) if (change.type === 'dimensions' && change.dimensions) sizes.set(change.id, change.dimensions);
}
