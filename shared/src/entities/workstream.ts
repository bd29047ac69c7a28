import { Type, type Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import type { EntityDefinition, EntityFields } from '../model/definition.ts';
import { Enum, Name, PlanningColor, DotVotes } from '../model/fields.ts';
import { insertEntity, type WriteResult } from '../model/insert.ts';

/** A strand of the programme with its own owner, moving through the programme phases. */
export const WORKSTREAM_TYPE = 'workstream';

/** Programme phases in order. */
export const PHASES = ['set-up', 'design', 'trial', 'rollout', 'sustain'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABELS: Record<Phase, string> = {
  'set-up': 'Set up',
  design: 'Design',
  trial: 'Trial',
  rollout: 'Rollout',
  sustain: 'Sustain',
};

export const WorkstreamSchema = Type.Object(
  { type: Type.Literal(WORKSTREAM_TYPE), name: Name, owner: Name, phase: Enum(PHASES), color: PlanningColor, votes: DotVotes },
  { additionalProperties: false },
);
export type Workstream = Static<typeof WorkstreamSchema>;

export const workstreamEntity: EntityDefinition<typeof WorkstreamSchema> = {
  type: WORKSTREAM_TYPE,
  label: 'Workstream',
  schema: WorkstreamSchema,
  nameField: 'name',
  defaults: () => ({ type: WORKSTREAM_TYPE, name: '', owner: '', phase: 'set-up', color: 'teal' }),
};

export function createWorkstream(doc: Y.Doc, fields: EntityFields<Workstream>, origin?: unknown): WriteResult {
  return insertEntity(doc, workstreamEntity, fields, origin);
}
