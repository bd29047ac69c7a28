import { entityName, owningOrganisations, resolve, type Entity, type Plan } from '@roundtable/shared';
import { ROW_GAP } from './auto-place.ts';
import type { Point } from './layout-store.ts';

export type SwimlaneMode = 'none' | 'workstream' | 'organisation';

export const SWIMLANE_LABELS: Record<SwimlaneMode, string> = {
  none: 'None',
  workstream: 'By workstream',
  organisation: 'By organisation',
};

export interface Lane {
  key: string;
  label: string;
  top: number;
  height: number;
}

const CARD_WIDTH = 240;
const LANE_PADDING = 40;
const NO_LANE = '';

function laneKey(entity: Entity, id: string, mode: SwimlaneMode, plan: Plan, owners: Map<string, ReadonlySet<string>>): string {
  if (mode === 'workstream') {
    if (entity.type === 'workstream') return id;
    const workstream = 'workstream' in entity ? entity.workstream : null;
    return workstream && resolve(plan, workstream, 'workstream') ? workstream : NO_LANE;
  }
  const organisations = [...(owners.get(id) ?? [])].filter((org) => resolve(plan, org, 'organisation')).sort();
  return organisations[0] ?? NO_LANE;
}

function laneLabel(key: string, mode: SwimlaneMode, plan: Plan): string {
  if (key === NO_LANE) return mode === 'workstream' ? 'No workstream' : 'Organisation not known';
  const entity = plan.entities.get(key);
  return (entity && entityName(entity).trim()) || '(untitled)';
}

/**
 * Groups cards into horizontal bands. A card keeps its horizontal place; inside its band cards stack into as
 * few rows as fit without overlapping. Bands are in label order, the "none" band last.
 */
export function swimlanePlaces(
  ids: readonly string[],
  places: ReadonlyMap<string, Point>,
  plan: Plan,
  mode: Exclude<SwimlaneMode, 'none'>,
): { places: Map<string, Point>; lanes: Lane[] } {
  const owners = mode === 'organisation' ? owningOrganisations(plan) : new Map<string, ReadonlySet<string>>();
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const entity = plan.entities.get(id);
    if (!entity) continue;
    const key = laneKey(entity, id, mode, plan, owners);
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === NO_LANE ? 1 : b === NO_LANE ? -1 : laneLabel(a, mode, plan).localeCompare(laneLabel(b, mode, plan)),
  );
  const result = new Map<string, Point>();
  const lanes: Lane[] = [];
  let top = 0;
  for (const key of keys) {
    const members = groups.get(key)!.sort((a, b) => places.get(a)!.x - places.get(b)!.x);
    const rowEnds: number[] = [];
    for (const id of members) {
      const x = places.get(id)!.x;
      let row = rowEnds.findIndex((end) => end <= x);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = x + CARD_WIDTH + 20;
      result.set(id, { x, y: top + LANE_PADDING + row * ROW_GAP });
    }
    const height = LANE_PADDING + rowEnds.length * ROW_GAP;
    lanes.push({ key: key || 'none', label: laneLabel(key, mode, plan), top, height });
    top += height + 20;
  }
  return { places: result, lanes };
}
