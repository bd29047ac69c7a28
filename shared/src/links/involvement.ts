import type { Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import { ACTIVITY_TYPE } from '../entities/activity.ts';
import { STAKEHOLDER_TYPE } from '../entities/stakeholder.ts';
import { WORKSTREAM_TYPE } from '../entities/workstream.ts';
import type { LinkDefinition } from '../model/definition.ts';
import { Enum } from '../model/fields.ts';
import { insertLink, type WriteResult } from '../model/insert.ts';
import { linkSchema } from '../model/link-fields.ts';

/** A stakeholder (`from`) takes part in a workstream or activity (`to`). */
export const INVOLVEMENT_TYPE = 'involvement';

export const INVOLVEMENT_ROLES = ['owner', 'contributor', 'informed'] as const;
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];
export const INVOLVEMENT_ROLE_LABELS: Record<InvolvementRole, string> = {
  owner: 'Owner',
  contributor: 'Contributor',
  informed: 'Kept informed',
};

export const InvolvementSchema = linkSchema(INVOLVEMENT_TYPE, { role: Enum(INVOLVEMENT_ROLES) });
export type Involvement = Static<typeof InvolvementSchema>;

export const involvementLink: LinkDefinition<typeof InvolvementSchema> = {
  type: INVOLVEMENT_TYPE,
  label: 'Involvement',
  schema: InvolvementSchema,
  fromTypes: [STAKEHOLDER_TYPE],
  toTypes: [WORKSTREAM_TYPE, ACTIVITY_TYPE],
  defaults: () => ({ role: 'contributor' }),
};

export function createInvolvement(
  doc: Y.Doc,
  stakeholder: string,
  work: string,
  fields: { role?: InvolvementRole } = {},
  origin?: unknown,
): WriteResult {
  return insertLink(doc, involvementLink, stakeholder, work, fields, origin);
}
