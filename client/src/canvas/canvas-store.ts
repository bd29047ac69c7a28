import * as Y from 'yjs';
import type { Edge, MarkerType, Node } from '@xyflow/react';
import {
  boardMaps, CONNECTOR_TYPE, NOTE_DEFAULT_SIZE, NOTE_MIN_SIZE, NOTE_TYPE, noteColor, noteText,
  type BoardMaps, type NoteColor,
} from '@roundtable/shared';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

/** The free canvas is the view with id 'canvas' in `layouts`. */
export const CANVAS_VIEW = 'canvas';

/** `text` is the live Y.Text: the note component reads it itself, so typing never rebuilds the node. */
export type NoteData = { color: NoteColor; text: Y.Text | string };
export type NoteNode = Node<NoteData, 'note'>;
export type ConnectorEdge = Edge<Record<string, never>, 'floating'>;

export interface CanvasSnapshot {
  readonly nodes: readonly NoteNode[];
  readonly edges: readonly ConnectorEdge[];
}

const MARKER_END = { type: 'arrowclosed' as MarkerType, width: 18, height: 18, color: '#5b6573' };
type YEvents = Y.YEvent<Y.AbstractType<unknown>>[];

/**
 * Y.Doc → React Flow nodes and edges. Observes the three maps deeply, marks which notes and links an event
 * touched, and after the transaction rebuilds only those. Unchanged nodes and edges keep their object identity
 * (and the arrays keep theirs when nothing changed), so React Flow re-renders only what really changed.
 */
export class CanvasStore implements ReadableStore<CanvasSnapshot> {
  private readonly listeners = new Listeners();
  private readonly maps: BoardMaps;
  private readonly nodeById = new Map<string, NoteNode>();
  private readonly edgeById = new Map<string, ConnectorEdge>();
  private readonly dirtyNodes = new Set<string>();
  private readonly dirtyEdges = new Set<string>();
  private allNodes = true;
  private allEdges = true;
  private snapshot: CanvasSnapshot = { nodes: [], edges: [] };

  constructor(private readonly doc: Y.Doc, private readonly viewId = CANVAS_VIEW) {
    this.maps = boardMaps(doc);
    this.commit();
    this.maps.entities.observeDeep(this.onEntities);
    this.maps.links.observeDeep(this.onLinks);
    this.maps.layouts.observeDeep(this.onLayouts);
    doc.on('afterTransaction', this.onAfterTransaction);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): CanvasSnapshot => this.snapshot;

  destroy(): void {
    this.maps.entities.unobserveDeep(this.onEntities);
    this.maps.links.unobserveDeep(this.onLinks);
    this.maps.layouts.unobserveDeep(this.onLayouts);
    this.doc.off('afterTransaction', this.onAfterTransaction);
  }

  private onEntities = (events: YEvents): void => {
    for (const event of events) {
      const path = event.path;
      if (path.length === 0) for (const id of changedKeys(event)) this.dirtyNodes.add(id);
      else if (path.length === 1) this.dirtyNodes.add(String(path[0]));
      // Deeper events are edits inside a note's Y.Text: the note reads those itself.
    }
  };

  private onLayouts = (events: YEvents): void => {
    for (const event of events) {
      const path = event.path;
      if (path.length === 0) {
        if (changedKeys(event).has(this.viewId)) this.allNodes = true;
      } else if (path[0] === this.viewId) {
        if (path.length === 1) for (const id of changedKeys(event)) this.dirtyNodes.add(id);
        else this.dirtyNodes.add(String(path[1]));
      }
    }
  };

  private onLinks = (events: YEvents): void => {
    for (const event of events) {
      const path = event.path;
      if (path.length === 0) for (const id of changedKeys(event)) this.dirtyEdges.add(id);
      else this.dirtyEdges.add(String(path[0]));
    }
  };

  private onAfterTransaction = (): void => {
    if (this.allNodes || this.allEdges || this.dirtyNodes.size > 0 || this.dirtyEdges.size > 0) this.commit();
  };

  private commit(): void {
    const nodesChanged = this.updateNodes();
    const edgesChanged = this.updateEdges();
    if (!nodesChanged && !edgesChanged) return;
    this.snapshot = {
      nodes: nodesChanged ? ordered(this.snapshot.nodes, this.nodeById) : this.snapshot.nodes,
      edges: edgesChanged ? ordered(this.snapshot.edges, this.edgeById) : this.snapshot.edges,
    };
    this.listeners.notify();
  }

  /** Rebuilds dirty notes; returns whether any node object changed. A note appearing or going re-checks edges. */
  private updateNodes(): boolean {
    const ids = this.allNodes ? new Set([...this.nodeById.keys(), ...this.maps.entities.keys()]) : this.dirtyNodes;
    let changed = false;
    for (const id of ids) {
      const previous = this.nodeById.get(id);
      const next = this.buildNode(id, previous);
      if (next === previous) continue;
      changed = true;
      if (!next || !previous) this.allEdges = true;
      if (next) this.nodeById.set(id, next);
      else this.nodeById.delete(id);
    }
    this.allNodes = false;
    this.dirtyNodes.clear();
    return changed;
  }

  private updateEdges(): boolean {
    const ids = this.allEdges ? new Set([...this.edgeById.keys(), ...this.maps.links.keys()]) : this.dirtyEdges;
    let changed = false;
    for (const id of ids) {
      const previous = this.edgeById.get(id);
      const next = this.buildEdge(id, previous);
      if (next === previous) continue;
      changed = true;
      if (next) this.edgeById.set(id, next);
      else this.edgeById.delete(id);
    }
    this.allEdges = false;
    this.dirtyEdges.clear();
    return changed;
  }

  private buildNode(id: string, previous: NoteNode | undefined): NoteNode | undefined {
    const entity = this.maps.entities.get(id);
    const place = this.maps.layouts.get(this.viewId)?.get(id);
    if (!(entity instanceof Y.Map) || entity.get('type') !== NOTE_TYPE || !(place instanceof Y.Map)) return undefined;
    const x = num(place.get('x'), 0);
    const y = num(place.get('y'), 0);
    const width = Math.max(NOTE_MIN_SIZE.w, num(place.get('w'), NOTE_DEFAULT_SIZE.w));
    const height = Math.max(NOTE_MIN_SIZE.h, num(place.get('h'), NOTE_DEFAULT_SIZE.h));
    const color = noteColor(entity);
    const rawText = entity.get('text');
    const text = rawText instanceof Y.Text ? rawText : noteText(entity);
    const sameData = previous !== undefined && previous.data.color === color && previous.data.text === text;
    if (sameData && previous.position.x === x && previous.position.y === y && previous.width === width && previous.height === height) {
      return previous;
    }
    // A moved or resized note keeps its data object, so the note's memoised content does not re-render.
    const data = sameData ? previous.data : { color, text };
    return { id, type: 'note', position: { x, y }, width, height, measured: { width, height }, data };
  }

  private buildEdge(id: string, previous: ConnectorEdge | undefined): ConnectorEdge | undefined {
    const link = this.maps.links.get(id);
    if (!(link instanceof Y.Map) || link.get('type') !== CONNECTOR_TYPE) return undefined;
    const source = link.get('from');
    const target = link.get('to');
    if (typeof source !== 'string' || typeof target !== 'string') return undefined;
    if (!this.nodeById.has(source) || !this.nodeById.has(target)) return undefined;
    if (previous && previous.source === source && previous.target === target) return previous;
    return { id, type: 'floating', source, target, markerEnd: MARKER_END };
  }
}

const changedKeys = (event: Y.YEvent<Y.AbstractType<unknown>>): ReadonlySet<string> =>
  event instanceof Y.YMapEvent ? event.keysChanged : new Set(event.keys.keys());

const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** The previous order with changed items swapped in and removed ones dropped; new items go last (on top). */
function ordered<T extends { id: string }>(previous: readonly T[], byId: ReadonlyMap<string, T>): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const item of previous) {
    const current = byId.get(item.id);
    if (current) {
      result.push(current);
      seen.add(item.id);
    }
  }
  for (const [id, item] of byId) if (!seen.has(id)) result.push(item);
  return result;
}
