import { NOTE_COLORS, PLANNING_COLORS, SCHEMA_VERSION } from '@roundtable/shared';
import { layoutGrid, type Grid, type GridSpec } from './layout.ts';

/** The two React Flow views of Roundtable that can show every card of a big board. */
export type ViewId = 'canvas' | 'dependencies';

/** One card as the bare page draws it: the same place and roughly the same markup as Roundtable's card. */
export interface BareNode {
  id: string;
  x: number;
  y: number;
  kind: string;
  title: string;
  meta: string;
  color: string;
}

export interface BareData {
  view: ViewId;
  nodes: BareNode[];
  edges: { id: string; source: string; target: string }[];
}

export interface Scenario {
  view: ViewId;
  grid: Grid;
  /** A `board.json` for `POST /api/boards/import`. */
  boardFile: Record<string, unknown>;
  bare: BareData;
  blockIds: string[];
  /** A card outside the block, for the one-card drag. */
  singleId: string;
}

const pad = (n: number) => String(n).padStart(4, '0');
const TOPICS = ['discharge planning', 'carer support', 'GP access', 'digital inclusion', 'waiting lists', 'housing links', 'volunteer roles', 'patient voice'];

/** Grids sized so the block of dragged cards sits in the middle of the board with empty pane around it. */
export function gridSpec(view: ViewId, count: number, blockCount: number): GridSpec {
  const blockColumns = Math.max(1, Math.round(Math.sqrt(blockCount * 2)));
  const block = { columns: blockColumns, rows: Math.ceil(blockCount / blockColumns) };
  return view === 'canvas'
    ? { count, columns: Math.max(block.columns + 2, Math.round(Math.sqrt(count * 1.25))), cell: { w: 200, h: 140 }, card: { w: 180, h: 120 }, block, alley: 160 }
    : { count, columns: Math.max(block.columns + 2, Math.round(Math.sqrt(count * 0.8))), cell: { w: 260, h: 130 }, card: { w: 220, h: 90 }, block, alley: 200 };
}

export function buildScenario(view: ViewId, count: number, blockCount: number): Scenario {
  const spec = gridSpec(view, count, blockCount);
  const grid = layoutGrid(spec);
  return view === 'canvas' ? canvasScenario(grid) : dependencyScenario(grid, count, spec.columns);
}

function canvasScenario(grid: Grid): Scenario {
  const entities: Record<string, unknown> = {};
  const places: Record<string, unknown> = {};
  const nodes: BareNode[] = [];
  for (const place of grid.places) {
    const id = `note-${pad(place.index)}`;
    const color = NOTE_COLORS[place.index % NOTE_COLORS.length]!;
    const text = `Idea ${place.index + 1}: ${TOPICS[place.index % TOPICS.length]}`;
    entities[id] = { type: 'note', text, color };
    places[id] = { x: place.x, y: place.y, w: 180, h: 120 };
    nodes.push({ id, x: place.x, y: place.y, kind: 'note', title: text, meta: '', color });
  }
  return {
    view: 'canvas',
    grid,
    boardFile: boardFile('Client bench: canvas', entities, {}, { canvas: places }),
    bare: { view: 'canvas', nodes, edges: [] },
    blockIds: blockIds(grid, nodes),
    singleId: nodes[grid.besideIndex]!.id,
  };
}

/** One workstream per row of the grid; inside one, every item waits for the one before it (finish to start). */
function dependencyScenario(grid: Grid, count: number, perStream: number): Scenario {
  const entities: Record<string, unknown> = {};
  const links: Record<string, unknown> = {};
  const places: Record<string, unknown> = {};
  const nodes: BareNode[] = [];
  const edges: BareData['edges'] = [];
  let workstream = '';
  let previous: string | null = null;
  for (const place of grid.places) {
    const i = place.index;
    const stream = Math.floor(i / perStream);
    const j = i % perStream;
    const color = PLANNING_COLORS[stream % PLANNING_COLORS.length]!;
    let id: string;
    let node: Omit<BareNode, 'id' | 'x' | 'y'>;
    if (j === 0) {
      id = workstream = `ws-${pad(stream)}`;
      previous = null;
      entities[id] = { type: 'workstream', name: `Workstream ${stream + 1}: ${TOPICS[stream % TOPICS.length]}`, owner: `Lead ${stream + 1}`, phase: 'design', color };
      node = { kind: 'Workstream', title: `Workstream ${stream + 1}: ${TOPICS[stream % TOPICS.length]}`, meta: `Owner: Lead ${stream + 1}`, color };
    } else {
      const days = stream === 0 ? 3 : 2;
      const start = day(j * days);
      const end = day(j * days + days - 1);
      if (j % 7 === 0) {
        id = `ms-${pad(i)}`;
        entities[id] = { type: 'milestone', title: `Milestone ${i}`, workstream, due: end, owner: '', status: 'planned' };
        node = { kind: 'Milestone', title: `Milestone ${i}`, meta: `Due ${end}`, color };
      } else {
        id = `act-${pad(i)}`;
        entities[id] = { type: 'activity', title: `Activity ${i}`, workstream, start, end, owner: '', status: 'not-started', progress: 0 };
        node = { kind: 'Activity', title: `Activity ${i}`, meta: `${start} to ${end}`, color };
      }
      if (previous) {
        const linkId = `dep-${pad(i)}`;
        links[linkId] = { type: 'dependency', from: previous, to: id, kind: 'finish-to-start' };
        edges.push({ id: linkId, source: previous, target: id });
      }
      previous = id;
    }
    places[id] = { x: place.x, y: place.y };
    nodes.push({ id, x: place.x, y: place.y, ...node });
  }
  if (nodes.length !== count) throw new Error('dependency scenario lost cards');
  return {
    view: 'dependencies',
    grid,
    boardFile: boardFile('Client bench: dependencies', entities, links, { dependencies: places }),
    bare: { view: 'dependencies', nodes, edges },
    blockIds: blockIds(grid, nodes),
    singleId: nodes[grid.besideIndex]!.id,
  };
}

function blockIds(grid: Grid, nodes: readonly BareNode[]): string[] {
  return grid.places.filter((p) => p.inBlock).map((p) => nodes[p.index]!.id);
}

function day(offset: number): string {
  return new Date(Date.UTC(2027, 0, 4) + offset * 86_400_000).toISOString().slice(0, 10);
}

function boardFile(title: string, entities: Record<string, unknown>, links: Record<string, unknown>, layouts: Record<string, unknown>) {
  return { format: 'roundtable-board', exportedAt: new Date(0).toISOString(), meta: { schemaVersion: SCHEMA_VERSION, title, template: 'blank' }, entities, links, layouts };
}
