import {
  ACTIVITY_STATUS_LABELS, ATTITUDE_LABELS, ENTITY_DEFINITIONS, ENTITY_TYPES, entityName, KPI_KIND_LABELS, LINK_DEFINITIONS, MILESTONE_STATUS_LABELS,
  PHASE_LABELS, planFromJson, resolve, RISK_STATUS_LABELS, type BoardJson, type Entity, type EntityType, type Plan,
} from '@roundtable/shared';
import type { VersionSummary } from './versions-api.ts';

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "22 Nov 2026 14:05", in this device's time zone. */
export const whenText = (iso: string): string => WHEN.format(new Date(iso)).replace(',', '');

/** The second line of a version in the list: when, who, how, how big. */
export function versionDetails(version: VersionSummary): string {
  const how = version.kind === 'auto' ? 'Saved automatically' : `Saved by ${version.createdBy ?? 'someone'}`;
  const cards = `${version.entities} card${version.entities === 1 ? '' : 's'}`;
  return `${how}, ${whenText(version.createdAt)} · ${cards}`;
}

export const untitled = (name: string): string => name || 'Untitled';

const PLURAL: Record<EntityType, string> = {
  stakeholder: 'Stakeholders', organisation: 'Organisations', workstream: 'Workstreams', milestone: 'Milestones',
  activity: 'Activities', risk: 'Risks', kpi: 'KPIs', note: 'Notes',
};

export const typeLabel = (type: string): string =>
  (ENTITY_DEFINITIONS as Record<string, { label: string }>)[type]?.label ?? (LINK_DEFINITIONS as Record<string, { label: string }>)[type]?.label ?? type;

/** The few facts that tell one card from another in a read-only outline. */
function keyFacts(entity: Entity, plan: Plan): string[] {
  const organisation = (id: string | null) => resolve(plan, id, 'organisation')?.name;
  const facts: (string | null | undefined)[] = (() => {
    switch (entity.type) {
      case 'stakeholder': return [entity.role, organisation(entity.organisation), ATTITUDE_LABELS[entity.attitude]];
      case 'workstream': return [entity.owner && `Owner: ${entity.owner}`, PHASE_LABELS[entity.phase]];
      case 'milestone': return [entity.due && `Due ${entity.due}`, MILESTONE_STATUS_LABELS[entity.status]];
      case 'activity': return [entity.start && `${entity.start} to ${entity.end ?? '?'}`, ACTIVITY_STATUS_LABELS[entity.status]];
      case 'risk': return [`Likelihood ${entity.likelihood}, impact ${entity.impact}`, RISK_STATUS_LABELS[entity.status], entity.owner && `Owner: ${entity.owner}`];
      case 'kpi': return [KPI_KIND_LABELS[entity.kind], entity.unit && `in ${entity.unit}`];
      default: return [];
    }
  })();
  return facts.filter((fact): fact is string => typeof fact === 'string' && fact !== '');
}

export interface OutlineGroup {
  type: EntityType;
  label: string;
  items: { id: string; name: string; facts: string[] }[];
}

/** A version's cards grouped by type (in the model's order), each with its name and key facts, sorted by name. */
export function versionOutline(board: Pick<BoardJson, 'entities' | 'links'>): OutlineGroup[] {
  const plan = planFromJson(board);
  return ENTITY_TYPES.map((type) => ({
    type,
    label: PLURAL[type],
    items: [...plan.entities]
      .filter(([, entity]) => entity.type === type)
      .map(([id, entity]) => ({ id, name: untitled(entityName(entity).replace(/\s+/g, ' ').trim()), facts: keyFacts(entity, plan) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((group) => group.items.length > 0);
}

/** `currentEngagement` → "current engagement". */
export const fieldLabel = (field: string): string => field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
