import type { EntityType, Role } from '@roundtable/shared';

export type ActivityAction = 'added' | 'changed' | 'removed';

/** One line of a board's activity feed. `name` is the entity's name at that moment, so removed cards still read well. */
export interface ActivityEntry {
  at: string;
  /** The person's name from their presence, "Someone with the editor link", or "Roundtable" for the server's own writes. */
  who: string;
  /** null for the server's own writes (an import, a restore, recorded votes). */
  role: Role | null;
  action: ActivityAction;
  entity: { id: string; type: EntityType; name: string };
}

/** Changes by one person to one entity within this long of their last one are one entry (a drag is hundreds of updates). */
export const COALESCE_MS = 2 * 60 * 1000;
/** Entries kept per board; the oldest are dropped. */
export const MAX_ACTIVITY_ENTRIES = 500;
/** Longer names are cut here: a note's text can be long, and the feed only needs to recognise it. */
export const MAX_ACTIVITY_NAME = 120;

/**
 * Adds an entry to a board's feed (oldest first), in place. A change folds into the same person's recent entry
 * for that entity — which moves to the end with the new time and name, keeping its action, so "added" then edited
 * stays "added" — unless someone else touched the entity in between.
 */
export function addActivity(entries: ActivityEntry[], entry: ActivityEntry, max = MAX_ACTIVITY_ENTRIES): void {
  if (entry.action === 'changed') {
    const now = Date.parse(entry.at);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const previous = entries[index]!;
      if (now - Date.parse(previous.at) > COALESCE_MS) break;
      if (previous.entity.id !== entry.entity.id) continue;
      if (previous.who !== entry.who || previous.role !== entry.role || previous.action === 'removed') break;
      entries.splice(index, 1);
      entries.push({ ...previous, at: entry.at, entity: entry.entity });
      return;
    }
  }
  entries.push(entry);
  if (entries.length > max) entries.splice(0, entries.length - max);
}

export function shortName(name: string): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_ACTIVITY_NAME ? `${flat.slice(0, MAX_ACTIVITY_NAME - 1)}…` : flat;
}
