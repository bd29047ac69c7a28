import { Type, type Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import type { EntityDefinition, EntityFields } from '../model/definition.ts';
import { Enum, EntityRef, LongText, Name, DotVotes } from '../model/fields.ts';
import { insertEntity, type WriteResult } from '../model/insert.ts';
import { ORGANISATION_TYPE } from './organisation.ts';

/** A person or group with a stake in the change, placed on the power × interest map. */
export const STAKEHOLDER_TYPE = 'stakeholder';

export const SECTORS = ['nhs-trust', 'icb', 'local-authority', 'voluntary-sector', 'patient-carer-group', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  'nhs-trust': 'NHS trust',
  icb: 'Integrated care board',
  'local-authority': 'Local authority',
  'voluntary-sector': 'Voluntary sector',
  'patient-carer-group': 'Patient or carer group',
  other: 'Other',
};

export const ATTITUDES = ['champion', 'supporter', 'neutral', 'sceptic', 'blocker'] as const;
export type Attitude = (typeof ATTITUDES)[number];
export const ATTITUDE_LABELS: Record<Attitude, string> = {
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  sceptic: 'Sceptic',
  blocker: 'Blocker',
};

/** How far a stakeholder shares in decisions, least to most. The order is the scale the engagement gap counts on. */
export const ENGAGEMENT_LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];
export const ENGAGEMENT_LABELS: Record<EngagementLevel, string> = {
  inform: 'Inform',
  consult: 'Consult',
  involve: 'Involve',
  collaborate: 'Collaborate',
  empower: 'Empower',
};

const Scale = Type.Number({ minimum: 0, maximum: 10 });
const Engagement = Enum(ENGAGEMENT_LEVELS);

export const StakeholderSchema = Type.Object(
  {
    type: Type.Literal(STAKEHOLDER_TYPE),
    name: Name,
    organisation: EntityRef,
    role: Name,
    sector: Enum(SECTORS),
    power: Scale,
    interest: Scale,
    attitude: Enum(ATTITUDES),
    currentEngagement: Engagement,
    desiredEngagement: Engagement,
    contactOwner: Name,
    notes: LongText,
    votes: DotVotes,
  },
  { additionalProperties: false },
);
export type Stakeholder = Static<typeof StakeholderSchema>;

export const stakeholderEntity: EntityDefinition<typeof StakeholderSchema> = {
  type: STAKEHOLDER_TYPE,
  label: 'Stakeholder',
  schema: StakeholderSchema,
  nameField: 'name',
  // Power and interest start at the centre of the map, where a new card appears before anyone rates it.
  defaults: () => ({
    type: STAKEHOLDER_TYPE,
    name: '',
    organisation: null,
    role: '',
    sector: 'other',
    power: 5,
    interest: 5,
    attitude: 'neutral',
    currentEngagement: 'inform',
    desiredEngagement: 'inform',
    contactOwner: '',
    notes: '',
  }),
  references: (s) => (s.organisation ? [{ path: 'organisation', id: s.organisation, type: ORGANISATION_TYPE }] : []),
};

export function createStakeholder(doc: Y.Doc, fields: EntityFields<Stakeholder>, origin?: unknown): WriteResult {
  return insertEntity(doc, stakeholderEntity, fields, origin);
}
