import type { Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import { MILESTONE_TYPE } from '../entities/milestone.ts';
import { RISK_TYPE } from '../entities/risk.ts';
import { WORKSTREAM_TYPE } from '../entities/workstream.ts';
import type { LinkDefinition } from '../model/definition.ts';
import { insertLink, type WriteResult } from '../model/insert.ts';
import { linkSchema } from '../model/link-fields.ts';

/** A risk (`from`) is reduced by the work of a workstream or the reaching of a milestone (`to`). */
export const MITIGATION_TYPE = 'mitigation';

export const MitigationSchema = linkSchema(MITIGATION_TYPE, {});
export type Mitigation = Static<typeof MitigationSchema>;

export const mitigationLink: LinkDefinition<typeof MitigationSchema> = {
  type: MITIGATION_TYPE,
  label: 'Mitigation',
  schema: MitigationSchema,
  fromTypes: [RISK_TYPE],
  toTypes: [WORKSTREAM_TYPE, MILESTONE_TYPE],
  defaults: () => ({}),
};

export function createMitigation(doc: Y.Doc, risk: string, by: string, origin?: unknown): WriteResult {
  return insertLink(doc, mitigationLink, risk, by, {}, origin);
}
