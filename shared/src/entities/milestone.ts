import { Type, type Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import type { EntityDefinition, EntityFields } from '../model/definition.ts';
import { Enum, EntityRef, Name, OptionalDate, DotVotes } from '../model/fields.ts';
import { insertEntity, type WriteResult } from '../model/insert.ts';
import { WORKSTREAM_TYPE } from './workstream.ts';

/** A significant stage reached on a date (not ongoing work): zero duration on the timeline. */
export const MILESTONE_TYPE = 'milestone';

export const MILESTONE_STATUSES = ['planned', 'on-track', 'at-risk', 'done', 'missed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  planned: 'Planned',
  'on-track': 'On track',
  'at-risk': 'At risk',
  done: 'Done',
  missed: 'Missed',
};

export const MilestoneSchema = Type.Object(
  {
    type: Type.Literal(MILESTONE_TYPE),
    title: Name,
    workstream: EntityRef,
    due: OptionalDate,
    owner: Name,
    status: Enum(MILESTONE_STATUSES),
    votes: DotVotes,
  },
  { additionalProperties: false },
);
export type Milestone = Static<typeof MilestoneSchema>;

export const milestoneEntity: EntityDefinition<typeof MilestoneSchema> = {
  type: MILESTONE_TYPE,
  label: 'Milestone',
  schema: MilestoneSchema,
  nameField: 'title',
  defaults: () => ({ type: MILESTONE_TYPE, title: '', workstream: null, due: null, owner: '', status: 'planned' }),
  references: (m) => (m.workstream ? [{ path: 'workstream', id: m.workstream, type: WORKSTREAM_TYPE }] : []),
};

export function createMilestone(doc: Y.Doc, fields: EntityFields<Milestone>, origin?: unknown): WriteResult {
  return insertEntity(doc, milestoneEntity, fields, origin);
}
