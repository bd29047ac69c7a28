import type { Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import { ACTIVITY_TYPE } from '../entities/activity.ts';
import { MILESTONE_TYPE } from '../entities/milestone.ts';
import { WORKSTREAM_TYPE } from '../entities/workstream.ts';
import type { LinkDefinition } from '../model/definition.ts';
import { Enum } from '../model/fields.ts';
import { insertLink, type WriteResult } from '../model/insert.ts';
import { linkSchema } from '../model/link-fields.ts';

/** `to` depends on `from`: by default `from` must finish before `to` can start. */
export const DEPENDENCY_TYPE = 'dependency';

/** Which end of `from` constrains which end of `to`. */
export const DEPENDENCY_KINDS = ['finish-to-start', 'start-to-start', 'finish-to-finish', 'start-to-finish'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];
export const DEPENDENCY_KIND_LABELS: Record<DependencyKind, string> = {
  'finish-to-start': 'Finish before the next starts',
  'start-to-start': 'Start before the next starts',
  'finish-to-finish': 'Finish before the next finishes',
  'start-to-finish': 'Start before the next finishes',
};

export const SCHEDULED_TYPES = [WORKSTREAM_TYPE, MILESTONE_TYPE, ACTIVITY_TYPE] as const;

export const DependencySchema = linkSchema(DEPENDENCY_TYPE, { kind: Enum(DEPENDENCY_KINDS) });
export type Dependency = Static<typeof DependencySchema>;

export const dependencyLink: LinkDefinition<typeof DependencySchema> = {
  type: DEPENDENCY_TYPE,
  label: 'Dependency',
  schema: DependencySchema,
  fromTypes: SCHEDULED_TYPES,
  toTypes: SCHEDULED_TYPES,
  defaults: () => ({ kind: 'finish-to-start' }),
};

export function createDependency(
  doc: Y.Doc,
  from: string,
  to: string,
  fields: { kind?: DependencyKind } = {},
  origin?: unknown,
): WriteResult {
  return insertLink(doc, dependencyLink, from, to, fields, origin);
}
