import {
  entityName, ENTITY_DEFINITIONS, INFLUENCE_LABELS, INVOLVEMENT_ROLE_LABELS, DEPENDENCY_KIND_LABELS,
  type Link, type LinkType, type Plan,
} from '@roundtable/shared';

/** One linked entity, named through the plan, with what the link says about it (a role, a strength). */
export interface LinkedItem {
  linkId: string;
  entityId: string;
  name: string;
  typeLabel: string;
  detail: string | null;
}

export interface LinkGroup {
  heading: string;
  items: LinkedItem[];
}

/** Headings for the entity at each end: as `from` (looking at `to`) and as `to` (looking at `from`). */
const HEADINGS: Partial<Record<LinkType, { asFrom: string; asTo: string }>> = {
  dependency: { asFrom: 'What depends on it', asTo: 'What it depends on' },
  involvement: { asFrom: 'Involved in', asTo: 'Who is involved' },
  mitigation: { asFrom: 'Mitigated by', asTo: 'Risks it mitigates' },
  measure: { asFrom: 'Measures', asTo: 'KPIs' },
  relationship: { asFrom: 'Has sway over', asTo: 'Swayed by' },
};

function detailOf(link: Link): string | null {
  switch (link.type) {
    case 'dependency': return link.kind === 'finish-to-start' ? null : DEPENDENCY_KIND_LABELS[link.kind];
    case 'involvement': return INVOLVEMENT_ROLE_LABELS[link.role];
    case 'relationship': return `${INFLUENCE_LABELS[link.influence]} influence`;
    default: return null;
  }
}

/** The planning links of one entity, grouped under plain-language headings; empty groups are left out. */
export function linkGroups(plan: Plan, entityId: string): LinkGroup[] {
  const groups = new Map<string, LinkedItem[]>();
  for (const [linkId, link] of plan.links) {
    const headings = HEADINGS[link.type];
    if (!headings || (link.from !== entityId && link.to !== entityId)) continue;
    const otherId = link.from === entityId ? link.to : link.from;
    const other = plan.entities.get(otherId);
    if (!other) continue;
    const heading = link.from === entityId ? headings.asFrom : headings.asTo;
    const items = groups.get(heading) ?? [];
    items.push({
      linkId, entityId: otherId, name: entityName(other).trim() || 'Untitled',
      typeLabel: ENTITY_DEFINITIONS[other.type].label, detail: detailOf(link),
    });
    groups.set(heading, items);
  }
  const order = Object.values(HEADINGS).flatMap((h) => [h.asTo, h.asFrom]);
  return [...groups]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([heading, items]) => ({ heading, items: items.sort((a, b) => a.name.localeCompare(b.name)) }));
}
