import * as Y from 'yjs';
import { boardMaps, entityName, entityToPlain, isRole, type Role } from '@roundtable/shared';
import type { Room } from '../sync/room.ts';
import type { Peer } from '../sync/peer.ts';
import type { ActivityStore } from './activity-store.ts';
import { shortName, type ActivityAction, type ActivityEntry } from './activity-log.ts';

type Subject = ActivityEntry['entity'];

const ROUNDTABLE = { who: 'Roundtable', role: null };

/**
 * Watches a loaded room's entities, and their places in free-form views (a move is a change too), and reports who
 * added, changed or removed which entity, once per transaction. Only what a transaction touched is read; names are
 * remembered (from just before the first change) so a removed entity keeps its name.
 */
export function watchEntities(room: Room, record: (entry: ActivityEntry) => void, now: () => Date = () => new Date()): void {
  const { entities, layouts } = boardMaps(room.doc);
  const known = new Map<string, Subject>();
  // Names are learnt just before the first change (a removal must still find its entity's name), not on load:
  // most loaded boards are only looked at, and reading every card of a hundred boards slows a reconnect storm.
  const learnNames = () => {
    room.doc.off('beforeTransaction', learnNames);
    entities.forEach((map, id) => {
      const subject = subjectOf(id, map);
      if (subject) known.set(id, subject);
    });
  };
  room.doc.on('beforeTransaction', learnNames);
  const touched = new Map<string, ActivityAction>();
  /** Entities whose own fields changed: only these are read again (a move keeps the name already known). */
  const reread = new Set<string>();
  const touch = (id: unknown) => {
    if (typeof id === 'string' && !touched.has(id)) touched.set(id, 'changed');
  };

  entities.observeDeep((events) => {
    for (const event of events) {
      if (event.target !== entities) {
        touch(event.path[0]);
        reread.add(event.path[0] as string);
      } else {
        for (const [id, change] of event.changes.keys) {
          touched.set(id, change.action === 'add' ? 'added' : change.action === 'delete' ? 'removed' : 'changed');
          reread.add(id);
        }
      }
    }
  });
  layouts.observeDeep((events) => {
    for (const event of events) {
      // A view's layout map changes when a card is first placed; one card's position map when it moves.
      if (event.path.length === 1) event.keys.forEach((_change, id) => touch(id));
      else if (event.path.length === 2) touch(event.path[1]);
    }
  });
  room.doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (touched.size === 0) return;
    const actor = actorOf(room, transaction.origin);
    const at = now().toISOString();
    for (const [id, action] of touched) {
      const fresh = action !== 'removed' && (reread.has(id) || !known.has(id));
      const subject = fresh ? subjectOf(id, entities.get(id)) : known.get(id);
      if (action === 'removed') known.delete(id);
      else if (subject) known.set(id, subject);
      if (subject) record({ at, ...actor, action, entity: subject });
    }
    touched.clear();
    reread.clear();
  });
}

function subjectOf(id: string, map: unknown): Subject | undefined {
  const entity = map instanceof Y.Map ? entityToPlain(map) : undefined;
  return entity && { id, type: entity.type, name: shortName(entityName(entity)) };
}

function isPeer(origin: unknown): origin is Peer {
  return typeof origin === 'object' && origin !== null && (origin as Peer).awarenessIds instanceof Set && isRole((origin as Peer).role);
}

/** The connection's name as its presence gives it (validated as the app does), else its link's role. */
function actorOf(room: Room, origin: unknown): { who: string; role: Role | null } {
  if (!isPeer(origin) || origin.id === 'server') return ROUNDTABLE;
  const states = room.awareness.getStates();
  for (const clientId of origin.awarenessIds) {
    const name = (states.get(clientId)?.user as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && name.trim()) return { who: name.trim().slice(0, 60), role: origin.role };
  }
  return { who: `Someone with the ${origin.role} link`, role: origin.role };
}

/** The rooms hook (`onLoaded`): records into the board's feed while loaded, writes it out on unload. */
export function recordActivity(store: ActivityStore): (room: Room) => Promise<void> {
  return async (room) => {
    store.open(room.boardId);
    watchEntities(room, (entry) => store.record(room.boardId, entry));
    room.doc.once('destroy', () => void store.release(room.boardId));
  };
}
