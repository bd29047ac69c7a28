import { Value } from '@sinclair/typebox/value';
import type * as Y from 'yjs';
import { boardMaps } from '../board-doc.ts';
import type { BoardJson } from './board-json.ts';
import { isRecord } from './check.ts';
import { FIRST_SCHEMA_VERSION, latestVersion, MIGRATIONS, type Migration, type PlainRecord } from './migrations.ts';
import { plainOf, setFields } from './y-fields.ts';

/** `newer-schema`: the board was written by a newer Roundtable; it is left untouched and must not be edited. */
export type MigrationReport =
  | { ok: true; from: number; to: number; applied: string[] }
  | { ok: false; code: 'newer-schema'; from: number; to: number; applied: [] };

type Hook = 'migrateEntity' | 'migrateLink';

/** A missing or malformed version is read as the first one: boards have carried it from the start. */
function versionOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= FIRST_SCHEMA_VERSION ? value : FIRST_SCHEMA_VERSION;
}

function pendingSteps(version: unknown, migrations: readonly Migration[]) {
  const from = versionOf(version);
  const to = latestVersion(migrations);
  const steps = migrations.filter((step) => step.to > from);
  const report: MigrationReport =
    from > to
      ? { ok: false, code: 'newer-schema', from, to, applied: [] }
      : { ok: true, from, to, applied: steps.map((step) => step.name) };
  return { report, steps };
}

/** A field a step leaves undefined counts as removed, as it would in JSON. */
function runSteps(record: PlainRecord, steps: readonly Migration[], hook: Hook): PlainRecord {
  const result = steps.reduce((current, step) => step[hook]?.(current) ?? current, record);
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

/** Runs the steps over every record before anything is written, so a step that throws leaves the board as it was. */
function migratedRecords(map: Y.Map<Y.Map<unknown>>, steps: readonly Migration[], hook: Hook) {
  const result: [Y.Map<unknown>, PlainRecord, PlainRecord][] = [];
  map.forEach((record) => {
    const before = plainOf(record);
    if (before) result.push([record, before, runSteps(Value.Clone(before), steps, hook)]);
  });
  return result;
}

/**
 * Brings a loaded board up to the latest schema in one transaction, before anyone syncs. Only fields a step
 * changed are written; co-typed Y.Text keeps its identity unless a step changes its text.
 */
export function migrateBoardDoc(doc: Y.Doc, migrations: readonly Migration[] = MIGRATIONS, origin?: unknown): MigrationReport {
  const { meta, entities, links } = boardMaps(doc);
  const { report, steps } = pendingSteps(meta.get('schemaVersion'), migrations);
  if (!report.ok || steps.length === 0) return report;
  const changes = [...migratedRecords(entities, steps, 'migrateEntity'), ...migratedRecords(links, steps, 'migrateLink')];
  doc.transact(() => {
    for (const [record, before, after] of changes) {
      for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) record.delete(key);
      setFields(record, after);
    }
    meta.set('schemaVersion', report.to);
  }, origin);
  return report;
}

/** The same steps over a plain board export; the input is not changed. The result always carries its version. */
export function migrateBoardJson(
  json: BoardJson,
  migrations: readonly Migration[] = MIGRATIONS,
): (MigrationReport & { ok: false }) | (MigrationReport & { ok: true; board: BoardJson }) {
  const { report, steps } = pendingSteps(json.meta?.schemaVersion, migrations);
  if (!report.ok) return report;
  const board = Value.Clone(json);
  const migrateAll = (records: Record<string, unknown>, hook: Hook) => {
    for (const [id, record] of Object.entries(records ?? {})) {
      if (isRecord(record)) records[id] = runSteps(record, steps, hook);
    }
  };
  migrateAll(board.entities, 'migrateEntity');
  migrateAll(board.links, 'migrateLink');
  board.meta = { ...board.meta, schemaVersion: report.to };
  return { ...report, board };
}
