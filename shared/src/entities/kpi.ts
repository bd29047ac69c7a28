import { Type, type Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import { MAX_KPI_TARGETS } from '../limits.ts';
import type { EntityDefinition, EntityFields } from '../model/definition.ts';
import { EntityId, Enum, Name, OptionalNumber, DotVotes } from '../model/fields.ts';
import { insertEntity, type WriteResult } from '../model/insert.ts';
import { MILESTONE_TYPE } from './milestone.ts';

/** A measure of whether the change is working, with the value expected at key milestones. */
export const KPI_TYPE = 'kpi';

/** A lagging indicator is the outcome; a leading one moves first and warns early. */
export const KPI_KINDS = ['leading', 'lagging'] as const;
export type KpiKind = (typeof KPI_KINDS)[number];
export const KPI_KIND_LABELS: Record<KpiKind, string> = { leading: 'Leading', lagging: 'Lagging' };

export const KpiTargetSchema = Type.Object(
  { milestone: EntityId, value: Type.Number() },
  { additionalProperties: false },
);
export type KpiTarget = Static<typeof KpiTargetSchema>;

export const KpiSchema = Type.Object(
  {
    type: Type.Literal(KPI_TYPE),
    name: Name,
    kind: Enum(KPI_KINDS),
    unit: Name,
    baseline: OptionalNumber,
    target: OptionalNumber,
    current: OptionalNumber,
    targets: Type.Array(KpiTargetSchema, { maxItems: MAX_KPI_TARGETS }),
    owner: Name,
    votes: DotVotes,
  },
  { additionalProperties: false },
);
export type Kpi = Static<typeof KpiSchema>;

export const kpiEntity: EntityDefinition<typeof KpiSchema> = {
  type: KPI_TYPE,
  label: 'KPI',
  schema: KpiSchema,
  nameField: 'name',
  defaults: () => ({
    type: KPI_TYPE,
    name: '',
    kind: 'lagging',
    unit: '',
    baseline: null,
    target: null,
    current: null,
    targets: [],
    owner: '',
  }),
  check: (k) => {
    const seen = new Set<string>();
    return k.targets.flatMap((t, i) => {
      const repeated = seen.has(t.milestone);
      seen.add(t.milestone);
      return repeated ? [`/targets/${i}/milestone: milestone '${t.milestone}' already has a target`] : [];
    });
  },
  references: (k) => k.targets.map((t, i) => ({ path: `targets/${i}/milestone`, id: t.milestone, type: MILESTONE_TYPE })),
};

export function createKpi(doc: Y.Doc, fields: EntityFields<Kpi>, origin?: unknown): WriteResult {
  return insertEntity(doc, kpiEntity, fields, origin);
}
