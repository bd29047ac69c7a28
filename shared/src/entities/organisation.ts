import { Type, type Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import type { EntityDefinition, EntityFields } from '../model/definition.ts';
import { Name, PlanningColor, DotVotes } from '../model/fields.ts';
import { insertEntity, type WriteResult } from '../model/insert.ts';

/** A partner organisation (an NHS trust, a council, a charity…). Stakeholders belong to one. */
export const ORGANISATION_TYPE = 'organisation';

export const OrganisationSchema = Type.Object(
  { type: Type.Literal(ORGANISATION_TYPE), name: Name, color: PlanningColor, votes: DotVotes },
  { additionalProperties: false },
);
export type Organisation = Static<typeof OrganisationSchema>;

export const organisationEntity: EntityDefinition<typeof OrganisationSchema> = {
  type: ORGANISATION_TYPE,
  label: 'Organisation',
  schema: OrganisationSchema,
  nameField: 'name',
  defaults: () => ({ type: ORGANISATION_TYPE, name: '', color: 'blue' }),
};

export function createOrganisation(doc: Y.Doc, fields: EntityFields<Organisation>, origin?: unknown): WriteResult {
  return insertEntity(doc, organisationEntity, fields, origin);
}
