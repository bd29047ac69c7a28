import Papa from 'papaparse';
import type * as Y from 'yjs';
import { createEntity, readPlan, validateEntity } from '@roundtable/shared';
import { columnForHeader, enumValue, type StakeholderColumn } from './stakeholder-columns.ts';

export const MAX_IMPORT_ROWS = 5000;

export interface ColumnMapping {
  header: string;
  /** The stakeholder field the column fills, or null when it is ignored. */
  field: StakeholderColumn['field'] | null;
}

interface ParsedRow {
  line: number;
  fields: Record<string, unknown>;
  organisation: string;
}

export type StakeholderImport =
  | { ok: true; mapping: ColumnMapping[]; rows: ParsedRow[] }
  | { ok: false; mapping: ColumnMapping[]; errors: { line: number; message: string }[] };

function cellValue(column: StakeholderColumn, cell: string): { value?: unknown; error?: string } {
  if (column.numeric) {
    const value = Number(cell);
    return Number.isFinite(value) ? { value } : { error: `${column.heading} “${cell}” is not a number` };
  }
  if (column.labels) {
    const value = enumValue(column, cell);
    return value ? { value } : { error: `${column.heading} “${cell}” is not one of: ${Object.values(column.labels).join(', ')}` };
  }
  return { value: cell };
}

/** Reads a stakeholder CSV (header row first). Any bad row refuses the whole file; lines count from the header as 1. */
export function parseStakeholderCsv(text: string): StakeholderImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...data] = parsed.data;
  const mapping = header.map((h) => ({ header: h, field: columnForHeader(h)?.field ?? null }));
  const columns = header.map((h) => columnForHeader(h));
  // A one-column file has no delimiter to detect; that is not a problem with the file.
  const errors: { line: number; message: string }[] = parsed.errors
    .filter((e) => e.type !== 'Delimiter')
    .map((e) => ({ line: (e.row ?? 0) + 1, message: e.message }));
  if (!mapping.some((m) => m.field === 'name')) errors.push({ line: 1, message: 'no “Name” column: every stakeholder needs a name' });
  if (data.length > MAX_IMPORT_ROWS) errors.push({ line: 1, message: `${data.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once` });
  const rows: ParsedRow[] = [];
  data.slice(0, MAX_IMPORT_ROWS).forEach((cells, index) => {
    const line = index + 2;
    const row: ParsedRow = { line, fields: { type: 'stakeholder' }, organisation: '' };
    columns.forEach((column, i) => {
      const cell = (cells[i] ?? '').trim();
      if (!column || cell === '') return;
      if (column.field === 'organisation') return void (row.organisation = cell);
      const { value, error } = cellValue(column, cell);
      if (error) errors.push({ line, message: error });
      else row.fields[column.field] = value;
    });
    if (typeof row.fields.name !== 'string' || !row.fields.name) errors.push({ line, message: 'Name is empty' });
    const check = validateEntity(row.fields);
    if (!check.ok) errors.push(...check.errors.map((message) => ({ line, message })));
    const organisation = row.organisation ? validateEntity({ type: 'organisation', name: row.organisation }) : undefined;
    if (organisation && !organisation.ok) errors.push({ line, message: `Organisation: ${organisation.errors.join('; ')}` });
    rows.push(row);
  });
  return errors.length > 0 ? { ok: false, mapping, errors: errors.slice(0, 100) } : { ok: true, mapping, rows };
}

/**
 * Adds the stakeholders in one transaction, creating organisations named in the file that the board lacks.
 * Every row was validated by parseStakeholderCsv, so no write here is refused part-way through.
 */
export function writeStakeholders(doc: Y.Doc, rows: readonly ParsedRow[], origin: unknown): { created: number; organisationsCreated: number } {
  const organisations = new Map<string, string>();
  for (const [id, entity] of readPlan(doc).entities) {
    if (entity.type === 'organisation') organisations.set(entity.name.trim().toLowerCase(), id);
  }
  let organisationsCreated = 0;
  doc.transact(() => {
    for (const row of rows) {
      const key = row.organisation.toLowerCase();
      if (key && !organisations.has(key)) {
        const created = createEntity(doc, 'organisation', { name: row.organisation }, origin);
        if (!created.ok) throw new Error(created.errors.join('; '));
        organisations.set(key, created.id);
        organisationsCreated += 1;
      }
      const result = createEntity(doc, 'stakeholder', { ...row.fields, organisation: organisations.get(key) ?? null }, origin);
      if (!result.ok) throw new Error(result.errors.join('; '));
    }
  }, origin);
  return { created: rows.length, organisationsCreated };
}
