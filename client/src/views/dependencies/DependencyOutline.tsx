import { ENTITY_DEFINITIONS, entityName, type Entity, type Plan } from '@roundtable/shared';
import { SelectItem, ViewOutline } from '../ViewOutline.tsx';
import type { GraphAnalysis } from './graph-analysis.ts';

const SCHEDULED = ['workstream', 'milestone', 'activity'];
const nameOf = (entity: Entity | undefined) => (entity && entityName(entity).trim()) || '(untitled)';

/** The dependency graph as text: each card with what it waits for and what waits for it, and its flags. */
export function DependencyOutline({ plan, analysis }: { plan: Plan; analysis: GraphAnalysis }) {
  const items = [...plan.entities].filter(([, e]) => SCHEDULED.includes(e.type)).sort(([, a], [, b]) => nameOf(a).localeCompare(nameOf(b)));
  const dependencies = [...plan.links].filter(([, link]) => link.type === 'dependency');
  const describe = (ids: [string, string][]) =>
    ids.map(([linkId, id]) => `${nameOf(plan.entities.get(id))}${analysis.crossingLinks.has(linkId) ? ' (from another organisation)' : ''}`).join('; ');
  return (
    <ViewOutline label={`List of the ${items.length} cards and their dependencies`}>
      <ul>
        {items.map(([id, entity]) => {
          const waitsFor = dependencies.filter(([, l]) => l.to === id).map(([linkId, l]): [string, string] => [linkId, l.from]);
          const needed = dependencies.filter(([, l]) => l.from === id).map(([linkId, l]): [string, string] => [linkId, l.to]);
          const flags = [analysis.criticalItems.has(id) && 'on the critical path', analysis.cycles.some((c) => c.some((s) => s.id === id)) && 'in a circular dependency'];
          return (
            <li key={id}>
              <SelectItem id={id} name={nameOf(entity)} /> — {ENTITY_DEFINITIONS[entity.type].label.toLowerCase()}
              {flags.filter(Boolean).map((flag) => `, ${flag}`).join('')}.
              {waitsFor.length > 0 && ` Waits for: ${describe(waitsFor)}.`}
              {needed.length > 0 && ` Needed before: ${describe(needed)}.`}
            </li>
          );
        })}
      </ul>
    </ViewOutline>
  );
}
