/** A record as plain data: an entity `{ type, ...fields }` or a link `{ type, from, to, ...fields }`. */
export type PlainRecord = Record<string, unknown>;

/**
 * One named step of the board schema. Steps work on plain data and must be pure: given a record written
 * at the version before `to`, return it as version `to` expects (the same record if it has nothing to do).
 */
export interface Migration {
  /** Unique and descriptive, e.g. 'split-owner-into-name-and-organisation'. */
  name: string;
  /** The schema version of a board once this step has run. */
  to: number;
  migrateEntity?(entity: PlainRecord): PlainRecord;
  migrateLink?(link: PlainRecord): PlainRecord;
}

/** The version of a board that predates every step (every board created so far). */
export const FIRST_SCHEMA_VERSION = 1;

/**
 * Every shipped step, oldest first. Append only: a shipped step is never edited, reordered or removed.
 * Adding one means bumping SCHEMA_VERSION to its `to`. Adding entity types, link types or optional fields
 * with defaults needs no step: readers fill defaults.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** The version a board has after every step in the list has run. */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.to ?? FIRST_SCHEMA_VERSION;
}
