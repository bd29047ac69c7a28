import { activityEntity, type Activity } from '../entities/activity.ts';
import { kpiEntity, type Kpi } from '../entities/kpi.ts';
import { milestoneEntity, type Milestone } from '../entities/milestone.ts';
import { noteEntity, type Note } from '../entities/note.ts';
import { organisationEntity, type Organisation } from '../entities/organisation.ts';
import { riskEntity, type Risk } from '../entities/risk.ts';
import { stakeholderEntity, type Stakeholder } from '../entities/stakeholder.ts';
import { workstreamEntity, type Workstream } from '../entities/workstream.ts';
import { connectorLink, type Connector } from '../links/connector.ts';
import { dependencyLink, type Dependency } from '../links/dependency.ts';
import { involvementLink, type Involvement } from '../links/involvement.ts';
import { measureLink, type Measure } from '../links/measure.ts';
import { mitigationLink, type Mitigation } from '../links/mitigation.ts';
import { relationshipLink, type Relationship } from '../links/relationship.ts';
import type { EntityDefinition, LinkDefinition } from './definition.ts';

/** Every entity type by its name in the document. */
export const ENTITY_DEFINITIONS = {
  stakeholder: stakeholderEntity,
  organisation: organisationEntity,
  workstream: workstreamEntity,
  milestone: milestoneEntity,
  activity: activityEntity,
  risk: riskEntity,
  kpi: kpiEntity,
  note: noteEntity,
} as const;

export const LINK_DEFINITIONS = {
  dependency: dependencyLink,
  involvement: involvementLink,
  mitigation: mitigationLink,
  measure: measureLink,
  relationship: relationshipLink,
  connector: connectorLink,
} as const;

export type EntityType = keyof typeof ENTITY_DEFINITIONS;
export type LinkType = keyof typeof LINK_DEFINITIONS;
export type Entity = Stakeholder | Organisation | Workstream | Milestone | Activity | Risk | Kpi | Note;
export type Link = Dependency | Involvement | Mitigation | Measure | Relationship | Connector;
export type EntityOfType<T extends EntityType> = Extract<Entity, { type: T }>;
export type LinkOfType<T extends LinkType> = Extract<Link, { type: T }>;

export const ENTITY_TYPES = Object.keys(ENTITY_DEFINITIONS) as EntityType[];
export const LINK_TYPES = Object.keys(LINK_DEFINITIONS) as LinkType[];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && Object.hasOwn(ENTITY_DEFINITIONS, value);
}

export function isLinkType(value: unknown): value is LinkType {
  return typeof value === 'string' && Object.hasOwn(LINK_DEFINITIONS, value);
}

export function entityDefinition(type: unknown): EntityDefinition | undefined {
  return isEntityType(type) ? ENTITY_DEFINITIONS[type] : undefined;
}

export function linkDefinition(type: unknown): LinkDefinition | undefined {
  return isLinkType(type) ? LINK_DEFINITIONS[type] : undefined;
}

/** What the entity is called on a card or in a list (its name, title or note text). */
export function entityName(entity: Entity): string {
  const name = (entity as unknown as Record<string, unknown>)[ENTITY_DEFINITIONS[entity.type].nameField];
  return typeof name === 'string' ? name : '';
}
