import { Type, type Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import type { EntityDefinition, EntityFields } from '../model/definition.ts';
import { Enum, EntityRef, LongText, Name, DotVotes } from '../model/fields.ts';
import { insertEntity, type WriteResult } from '../model/insert.ts';
import { WORKSTREAM_TYPE } from './workstream.ts';

/** Something that could stop the change working, rated on the 5 × 5 likelihood × impact matrix. */
export const RISK_TYPE = 'risk';

export const RISK_STATUSES = ['open', 'mitigating', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  open: 'Open',
  mitigating: 'Being mitigated',
  closed: 'Closed',
};

const Rating = Type.Integer({ minimum: 1, maximum: 5 });

export const RiskSchema = Type.Object(
  {
    type: Type.Literal(RISK_TYPE),
    title: Name,
    likelihood: Rating,
    impact: Rating,
    owner: Name,
    mitigation: LongText,
    status: Enum(RISK_STATUSES),
    workstream: EntityRef,
    votes: DotVotes,
  },
  { additionalProperties: false },
);
export type Risk = Static<typeof RiskSchema>;

export const riskEntity: EntityDefinition<typeof RiskSchema> = {
  type: RISK_TYPE,
  label: 'Risk',
  schema: RiskSchema,
  nameField: 'title',
  // A new risk starts in the middle of the matrix until someone rates it.
  defaults: () => ({
    type: RISK_TYPE,
    title: '',
    likelihood: 3,
    impact: 3,
    owner: '',
    mitigation: '',
    status: 'open',
    workstream: null,
  }),
  references: (r) => (r.workstream ? [{ path: 'workstream', id: r.workstream, type: WORKSTREAM_TYPE }] : []),
};

export function createRisk(doc: Y.Doc, fields: EntityFields<Risk>, origin?: unknown): WriteResult {
  return insertEntity(doc, riskEntity, fields, origin);
}
