import * as Y from 'yjs';
import type { DecodedUpdate } from './read-message.ts';

/**
 * The top-level maps only facilitators and the server write: `meta` (title, mode, timer, voting round,
 * brainstorm round, schema version) and `locks` (cards locked against editing).
 */
export const FACILITATOR_MAPS = ['meta', 'locks'] as const;

/**
 * Whether an update sets or deletes anything in the facilitator's maps (FACILITATOR_MAPS). Items are placed by what the update
 * names — a root type, or an item the room already has — so nothing is applied to find out. Items that refer to
 * something the room lacks cannot be placed and are left to Yjs, which holds them back until it can.
 */
export function changesFacilitatorMaps(doc: Y.Doc, { structs, ds }: DecodedUpdate): boolean {
  const guarded = new Set<unknown>(FACILITATOR_MAPS.map((name) => doc.getMap(name)));
  for (const struct of structs) {
    // A client re-sends what the room already has (its offline copy loading after it synced): that changes nothing.
    const known = struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client);
    if (!known && struct instanceof Y.Item && guarded.has(placeOf(doc, struct))) return true;
  }
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (let at = clock; at < clock + len; ) {
        const item = itemAt(doc, Y.createID(client, at));
        if (!item) break;
        // Every update carries its sender's whole delete set: deletions the room already has change nothing.
        if (!item.deleted && guarded.has(rootOf(item))) return true;
        at = item.id.clock + item.length;
      }
    }
  }
  return false;
}

/** The root type an incoming item belongs to, or undefined when it names nothing the room has. */
function placeOf(doc: Y.Doc, item: Y.Item): unknown {
  const parent = item.parent as unknown;
  if (typeof parent === 'string') return doc.share.get(parent);
  const reference = (parent as Y.ID | null) ?? item.origin ?? item.rightOrigin;
  const known = reference ? itemAt(doc, reference) : undefined;
  return known ? rootOf(known) : undefined;
}

function rootOf(item: Y.Item): unknown {
  let type = item.parent as Y.AbstractType<unknown>;
  while (type._item) type = type._item.parent as Y.AbstractType<unknown>;
  return type;
}

function itemAt(doc: Y.Doc, id: Y.ID): Y.Item | undefined {
  if (id.clock >= Y.getState(doc.store, id.client)) return undefined;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : undefined;
}
