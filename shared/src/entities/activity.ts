import { Type, type Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import type { EntityDefinition, EntityFields } from '../model/definition.ts';
import { Enum, EntityRef, Name, OptionalDate, DotVotes } from '../model/fields.ts';
import { insertEntity, type WriteResult } from '../model/insert.ts';
import { WORKSTREAM_TYPE } from './workstream.ts';

/** A piece of work with a start and an end date, e.g. a bar on the timeline. */
export const ACTIVITY_TYPE = 'activity';

export const ACTIVITY_STATUSES = ['not-started', 'in-progress', 'blocked', 'done'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

export const ActivitySchema = Type.Object(
  {
    type: Type.Literal(ACTIVITY_TYPE),
    title: Name,
    workstream: EntityRef,
    start: OptionalDate,
    end: OptionalDate,
    owner: Name,
    status: Enum(ACTIVITY_STATUSES),
    progress: Type.Number({ minimum: 0, maximum: 100 }),
    votes: DotVotes,
  },
  { additionalProperties: false },
);
export type Activity = Static<typeof ActivitySchema>;

export const activityEntity: EntityDefinition<typeof ActivitySchema> = {
  type: ACTIVITY_TYPE,
  label: 'Activity',
  schema: ActivitySchema,
  nameField: 'title',
  defaults: () => ({
    type: ACTIVITY_TYPE,
    title: '',
    workstream: null,
    start: null,
    end: null,
    owner: '',
    status: 'not-started',
    progress: 0,
  }),
  // ISO dates compare correctly as strings.
  check: (a) => (a.start && a.end && a.end < a.start ? ['/end: the end date is before the start date'] : []),
  references: (a) => (a.workstream ? [{ path: 'workstream', id: a.workstream, type: WORKSTREAM_TYPE }] : []),
};

export function createActivity(doc: Y.Doc, fields: EntityFields<Activity>, origin?: unknown): WriteResult {
  return insertEntity(doc, activityEntity, fields, origin);
}
