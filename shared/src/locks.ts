import * as Y from 'yjs';
import { boardMaps } from './board-doc.ts';
import { isRecord, isTimestamp } from './model/check.ts';

/**
 * Cards a facilitator has locked against editing, in the top-level `locks` map: entity id -> `{ by, at }`.
 * The app honours locks; the server does not check them (see docs/facilitation.md, "Locked cards").
 */
export const LOCKS_MAP = 'locks';
export const MAX_LOCKER_NAME_LENGTH = 60;

export interface EntityLock {
  /** The name of the facilitator who locked the card, as shown in presence. */
  by: string;
  /** When, as an ISO date-time. */
  at: string;
}

export type Locks = ReadonlyMap<string, EntityLock>;

export function locksMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(LOCKS_MAP);
}

function readLock(raw: unknown): EntityLock | null {
  if (!isRecord(raw) || typeof raw.by !== 'string' || !isTimestamp(raw.at)) return null;
  return { by: raw.by.slice(0, MAX_LOCKER_NAME_LENGTH), at: raw.at };
}

/** Every readable lock. Never throws: an entry that is not `{ by, at }` reads as no lock. */
export function readLocks(doc: Y.Doc): Map<string, EntityLock> {
  const locks = new Map<string, EntityLock>();
  locksMap(doc).forEach((raw, id) => {
    const lock = readLock(raw);
    if (lock) locks.set(id, lock);
  });
  return locks;
}

/** Locks the given cards that exist, in one transaction; a card already locked keeps its first lock. */
export function lockEntities(doc: Y.Doc, ids: Iterable<string>, by: string, origin?: unknown, now = new Date()): void {
  const { entities } = boardMaps(doc);
  const locks = locksMap(doc);
  const lock: EntityLock = { by: by.trim().slice(0, MAX_LOCKER_NAME_LENGTH) || 'A facilitator', at: now.toISOString() };
  doc.transact(() => {
    for (const id of ids) {
      if (entities.get(id) instanceof Y.Map && !readLock(locks.get(id))) locks.set(id, lock);
    }
  }, origin);
}

export function unlockEntities(doc: Y.Doc, ids: Iterable<string>, origin?: unknown): void {
  const locks = locksMap(doc);
  doc.transact(() => {
    for (const id of ids) if (locks.has(id)) locks.delete(id);
  }, origin);
}
