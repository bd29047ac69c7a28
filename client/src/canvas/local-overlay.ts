import { keepIfSameItems } from '../lib/same-items.ts';
import type { ConnectorEdge, NoteNode } from './canvas-store.ts';

/** A note's place while this screen drags or resizes it, before (and between) the per-frame writes. */
export interface PlaceOverride {
  x?: number;
  y?: number;
  w?: number;
  h?: number;
}

type NodeOverlay = (
  base: readonly NoteNode[],
  selected: ReadonlySet<string>,
  overrides: ReadonlyMap<string, PlaceOverride>,
) => NoteNode[];

/**
 * Lays this screen's transient state (selection, mid-gesture place) over the nodes from the document.
 * Untouched nodes pass through as the very same objects; touched ones are cached, so a node's object changes
 * only when what it shows changes. That holds mid-drag too: when the per-frame write lands in the document, a
 * dragged note's new base object would show the same place as before, so the shown object is kept, and when no
 * node changed the previous array is returned.
 */
export function createNodeOverlay(): NodeOverlay {
  const cache = new Map<string, { base: NoteNode; selected: boolean; override: PlaceOverride | undefined; node: NoteNode }>();
  let last: NoteNode[] | undefined;
  return (base, selected, overrides) => {
    const result = base.map((node) => {
      const isSelected = selected.has(node.id);
      const override = overrides.get(node.id);
      if (!isSelected && !override) return node;
      const hit = cache.get(node.id);
      if (hit && hit.base === node && hit.selected === isSelected && hit.override === override) return hit.node;
      const width = override?.w ?? node.width ?? 0;
      const height = override?.h ?? node.height ?? 0;
      const x = override?.x ?? node.position.x;
      const y = override?.y ?? node.position.y;
      let shown: NoteNode;
      if (hit && hit.selected === isSelected && sameLook(hit.node, node, x, y, width, height)) shown = hit.node;
      else shown = { ...node, selected: isSelected, position: { x, y }, width, height, measured: { width, height } };
      cache.set(node.id, { base: node, selected: isSelected, override, node: shown });
      return shown;
    });
    if (cache.size > result.length + 64) {
      const live = new Set(base.map((n) => n.id));
      for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
    }
    last = keepIfSameItems(last, result);
    return last;
  };
}

/** Whether `shown` already shows `node` at this place and size (the base's own place may differ: it is overridden). */
function sameLook(shown: NoteNode, node: NoteNode, x: number, y: number, width: number, height: number): boolean {
  return shown.id === node.id && shown.type === node.type && shown.data === node.data && shown.position.x === x &&
    shown.position.y === y && shown.width === width && shown.height === height;
}

export function createEdgeOverlay(): (base: readonly ConnectorEdge[], selected: ReadonlySet<string>) => ConnectorEdge[] {
  const cache = new Map<string, { base: ConnectorEdge; edge: ConnectorEdge }>();
  return (base, selected) =>
    base.map((edge) => {
      if (!selected.has(edge.id)) return edge;
      const hit = cache.get(edge.id);
      if (hit?.base === edge) return hit.edge;
      const shown = { ...edge, selected: true };
      cache.set(edge.id, { base: edge, edge: shown });
      return shown;
    });
}
