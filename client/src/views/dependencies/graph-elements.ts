import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { DEPENDENCY_TYPE, resolve, type Entity, type Plan, type PlanningColor } from '@roundtable/shared';
import type { Arrow } from './auto-place.ts';
import type { Size } from './card-sizes.ts';
import type { GraphAnalysis } from './graph-analysis.ts';
import type { Point } from './layout-store.ts';
import type { Lane } from './swimlanes.ts';

export const SCHEDULED = new Set(['workstream', 'milestone', 'activity']);

export interface CardData extends Record<string, unknown> {
  entity: Entity;
  color: PlanningColor;
  critical: boolean;
  inCycle: boolean;
}
export type CardNode = Node<CardData, 'card'>;
export type LaneNode = Node<{ label: string; width: number; height: number }, 'lane'>;
export type GraphNode = CardNode | LaneNode;
export type DependencyEdge = Edge<{ kind: string }>;

/** Workstreams, milestones and activities, in id order so every screen computes the same fallback layout. */
export function scheduledIds(plan: Plan): string[] {
  return [...plan.entities].filter(([, entity]) => SCHEDULED.has(entity.type)).map(([id]) => id).sort();
}

export function dependencyArrows(plan: Plan): Arrow[] {
  return [...plan.links.values()].filter((link) => link.type === DEPENDENCY_TYPE).map(({ from, to }) => ({ from, to }));
}

function colorOf(entity: Entity, plan: Plan): PlanningColor {
  if (entity.type === 'workstream') return entity.color;
  const workstream = 'workstream' in entity ? resolve(plan, entity.workstream, 'workstream') : undefined;
  return workstream?.color ?? 'grey';
}

function sameData(x: CardData, y: CardData): boolean {
  return x.entity === y.entity && x.color === y.color && x.critical === y.critical && x.inCycle === y.inCycle;
}

function sameCard(a: CardNode, b: CardNode): boolean {
  return a.position.x === b.position.x && a.position.y === b.position.y && a.selected === b.selected &&
    a.draggable === b.draggable && sameData(a.data, b.data);
}

/**
 * Cards for React Flow; a card whose inputs did not change keeps its previous object, so it does not re-render.
 * A changed card (moved, selected) keeps its previous `data` object when that did not change, so the card's
 * content does not re-render either, and carries its measured size (see `recordMeasuredSizes`).
 */
export function buildCards(
  ids: readonly string[],
  plan: Plan,
  places: ReadonlyMap<string, Point>,
  analysis: GraphAnalysis,
  selected: ReadonlySet<string>,
  draggable: boolean,
  previous: ReadonlyMap<string, CardNode>,
  sizes: ReadonlyMap<string, Size> = new Map(),
): Map<string, CardNode> {
  const inCycle = new Set(analysis.cycles.flatMap((cycle) => cycle.map((step) => step.id)));
  const cards = new Map<string, CardNode>();
  for (const id of ids) {
    const entity = plan.entities.get(id);
    const position = places.get(id);
    if (!entity || !position) continue;
    const old = previous.get(id);
    const data: CardData = { entity, color: colorOf(entity, plan), critical: analysis.criticalItems.has(id), inCycle: inCycle.has(id) };
    const card: CardNode = {
      id,
      type: 'card',
      position,
      selected: selected.has(id),
      draggable,
      deletable: false,
      data: old && sameData(old.data, data) ? old.data : data,
    };
    const size = sizes.get(id);
    if (size) card.measured = { width: size.width, height: size.height };
    cards.set(id, old && sameCard(old, card) ? old : card);
  }
  return cards;
}

export function laneNodes(lanes: readonly Lane[], places: ReadonlyMap<string, Point>): LaneNode[] {
  const xs = [...places.values()].map((p) => p.x);
  const left = Math.min(0, ...xs) - 60;
  const width = Math.max(0, ...xs) - left + 300;
  return lanes.map((lane) => ({
    id: `lane:${lane.key}`,
    type: 'lane',
    position: { x: left, y: lane.top },
    data: { label: lane.label, width, height: lane.height },
    // The band's size is known: without `measured`, every rebuild would hide it until React Flow re-measured it.
    measured: { width, height: lane.height },
    draggable: false,
    selectable: false,
    connectable: false,
    deletable: false,
    focusable: false,
    zIndex: -1,
  }));
}

const RED = '#a4262c';
const CRITICAL = '#1f4e79';

/** One arrow per dependency: red and labelled in a cycle, bold on the critical path, dashed and labelled across organisations. */
export function buildEdges(plan: Plan, analysis: GraphAnalysis, selected: ReadonlySet<string>): DependencyEdge[] {
  const edges: DependencyEdge[] = [];
  for (const [id, link] of plan.links) {
    if (link.type !== DEPENDENCY_TYPE) continue;
    const cycle = analysis.cycleLinks.has(id);
    const critical = analysis.criticalLinks.has(id);
    const crossing = analysis.crossingLinks.has(id);
    const classes = ['dep-edge', cycle && 'dep-edge--cycle', critical && 'dep-edge--critical', crossing && 'dep-edge--crossing'];
    const labels = [cycle && 'Circular', crossing && 'Between organisations'].filter(Boolean);
    const color = cycle ? RED : critical ? CRITICAL : '#4d5967';
    edges.push({
      id,
      source: link.from,
      target: link.to,
      selected: selected.has(id),
      className: classes.filter(Boolean).join(' '),
      label: labels.length > 0 ? labels.join(' · ') : undefined,
      markerEnd: { type: MarkerType.ArrowClosed, color, width: 22, height: 22, markerUnits: 'userSpaceOnUse' },
      data: { kind: link.kind },
      ariaLabel: `Dependency${cycle ? ', circular' : ''}${critical ? ', on the critical path' : ''}${crossing ? ', between organisations' : ''}`,
    });
  }
  return edges;
}
