import type { Static } from '@sinclair/typebox';
import type * as Y from 'yjs';
import { KPI_TYPE } from '../entities/kpi.ts';
import { MILESTONE_TYPE } from '../entities/milestone.ts';
import { WORKSTREAM_TYPE } from '../entities/workstream.ts';
import type { LinkDefinition } from '../model/definition.ts';
import { insertLink, type WriteResult } from '../model/insert.ts';
import { linkSchema } from '../model/link-fields.ts';

/** A KPI (`from`) shows whether a workstream or milestone (`to`) is achieving what it set out to. */
export const MEASURE_TYPE = 'measure';

export const MeasureSchema = linkSchema(MEASURE_TYPE, {});
export type Measure = Static<typeof MeasureSchema>;

export const measureLink: LinkDefinition<typeof MeasureSchema> = {
  type: MEASURE_TYPE,
  label: 'Measure',
  schema: MeasureSchema,
  fromTypes: [KPI_TYPE],
  toTypes: [WORKSTREAM_TYPE, MILESTONE_TYPE],
  defaults: () => ({}),
};

export function createMeasure(doc: Y.Doc, kpi: string, measured: string, origin?: unknown): WriteResult {
  return insertLink(doc, measureLink, kpi, measured, {}, origin);
}
