import type { Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import { STAKEHOLDER_TYPE } from '../entities/stakeholder.ts';
import type { LinkDefinition } from '../model/definition.ts';
import { Enum } from '../model/fields.ts';
import { insertLink, type WriteResult } from '../model/insert.ts';
import { linkSchema } from '../model/link-fields.ts';

/** One stakeholder (`from`) has sway over another (`to`): who can bring whom along. */
export const RELATIONSHIP_TYPE = 'relationship';

export const INFLUENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type InfluenceLevel = (typeof INFLUENCE_LEVELS)[number];
export const INFLUENCE_LABELS: Record<InfluenceLevel, string> = {
  low: 'Low influence',
  medium: 'Medium influence',
  high: 'High influence',
};

export const RelationshipSchema = linkSchema(RELATIONSHIP_TYPE, { influence: Enum(INFLUENCE_LEVELS) });
export type Relationship = Static<typeof RelationshipSchema>;

export const relationshipLink: LinkDefinition<typeof RelationshipSchema> = {
  type: RELATIONSHIP_TYPE,
  label: 'Relationship',
  schema: RelationshipSchema,
  fromTypes: [STAKEHOLDER_TYPE],
  toTypes: [STAKEHOLDER_TYPE],
  defaults: () => ({ influence: 'medium' }),
};

export function createRelationship(
  doc: Y.Doc,
  from: string,
  to: string,
  fields: { influence?: InfluenceLevel } = {},
  origin?: unknown,
): WriteResult {
  return insertLink(doc, relationshipLink, from, to, fields, origin);
}
