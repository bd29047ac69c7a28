import { ENTITY_DEFINITIONS, entityName, type Entity, type Plan } from '@roundtable/shared';
import { SelectItem, ViewOutline } from '../ViewOutline.tsx';
import type { GraphAnalysis } from './graph-analysis.ts';

const SCHEDULED = ['workstream', 'milestone', 'activity'];
const nameOf = (entity: Entity | undefined) => (entity && entityName(entity).trim()) || '(untitled)';

/** The dependency graph as text: each card with what it waits for and what waits for it, and its flags. */
export function DependencyOutline({ plan, analysis }: { plan: Plan; analysis: GraphAnalysis }) {
  let count = 0;
  for (const entity of plan.entities.values()) if (SCHEDULED.includes(entity.type)) count++;
  return (
    <ViewOutline label={`List of the ${count} cards and their dependencies`}>
      <DependencyList plan={plan} analysis={analysis} />
    </ViewOutline>
  );
}

/** Mounted only while the outline is open. */
function DependencyList({ plan, analysis }: { plan: Plan; analysis: GraphAnalysis }) {
  const items = [...plan.entities].filter(([, e]) => SCHEDULED.includes(e.type)).sort(([, a], [, b]) => nameOf(a).localeCompare(nameOf(b)));
  // Each card's arrows in and out, [linkId, other end], gathered in one pass over the links.
  const waitsFor = new Map<string, [string, string][]>();
  const needed = new Map<string, [string, string][]>();
  const add = (map: Map<string, [string, string][]>, key: string, entry: [string, string]) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const [linkId, link] of plan.links) {
    if (link.type !== 'dependency') continue;
    add(waitsFor, link.to, [linkId, link.from]);
    add(needed, link.from, [linkId, link.to]);
  }
  const describe = (ids: [string, string][]) =>
    ids.map(([linkId, id]) => `${nameOf(plan.entities.get(id))}${analysis.crossingLinks.has(linkId) ? ' (from another organisation)' : ''}`).join('; ');
  return (
    <ul>
      {items.map(([id, entity]) => {
        const before = waitsFor.get(id);
        const after = needed.get(id);
        const flags = [analysis.criticalItems.has(id) && 'on the critical path', analysis.cycles.some((c) => c.some((s) => s.id === id)) && 'in a circular dependency'];
        return (
          <li key={id}>
            <SelectItem id={id} name={nameOf(entity)} /> — {ENTITY_DEFINITIONS[entity.type].label.toLowerCase()}
            {flags.filter(Boolean).map((flag) => `, ${flag}`).join('')}.
            {before && ` Waits for: ${describe(before)}.`}
            {after && ` Needed before: ${describe(after)}.`}
          </li>
        );
      })}
    </ul>
  );
}
