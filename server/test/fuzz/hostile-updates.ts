import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { boardMaps, createOrganisation, lockEntities, MessageType } from '@roundtable/shared';
import { Random, randomEdit, withSeededIds } from '../convergence/random-edits.ts';
import { SYNC_STEP_2, SYNC_UPDATE, syncMessage } from '../helpers/wire.ts';

/** Valid updates real clients would send: a few clients, each with a short run of edits, one update per edit. */
export interface Corpus {
  updates: Uint8Array[];
  /** Every client's document merged into one update. */
  full: Uint8Array;
}

export function makeCorpus(seed: number, clients = 20): Corpus {
  const random = new Random(seed);
  return withSeededIds(random, () => corpusFrom(random, clients));
}

function corpusFrom(random: Random, clients: number): Corpus {
  const updates: Uint8Array[] = [];
  for (let c = 0; c < clients; c++) {
    const doc = new Y.Doc();
    doc.clientID = 4242 + c;
    const own: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => own.push(update));
    // The first update of each client applies on any board; the later ones need it first.
    const edits = 1 + random.int(3);
    for (let i = 0; own.length < edits && i < edits * 4; i++) randomEdit(doc, random);
    // Some lock a card: an update to the facilitator's `locks` map, which editors may not send.
    if (c % 4 === 3) lockEntities(doc, [...boardMaps(doc).entities.keys()].slice(0, 1), `person-${c}`, undefined, new Date(Date.UTC(2026, 10, 22)));
    updates.push(...own);
    doc.destroy();
  }
  return { updates, full: Y.mergeUpdates(updates) };
}

/**
 * A later update from a client whose earlier ones were never sent: it decodes, but refers to structs the room
 * does not have, so Yjs must hold it back. Each call uses a client id of its own.
 */
export function danglingUpdate(clientId: number, random: Random): Uint8Array {
  return withSeededIds(random, () => laterUpdateOf(clientId, random));
}

function laterUpdateOf(clientId: number, random: Random): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; updates.length < 3 && i < 12; i++) randomEdit(doc, random);
  doc.destroy();
  return updates[1 + random.int(updates.length - 1)]!;
}

/** A new client that adds a card and locks it: the whole of it (applies) or only the lock (held back). */
export function lockUpdate(clientId: number, whole: boolean): Uint8Array {
  return withSeededIds(new Random(clientId), () => lockedCard(clientId, whole));
}

function lockedCard(clientId: number, whole: boolean): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const card = createOrganisation(doc, { name: `locked by ${clientId}` });
  if (card.ok) lockEntities(doc, [card.id], `person-${clientId}`, undefined, new Date(Date.UTC(2026, 10, 22)));
  doc.destroy();
  return whole ? Y.mergeUpdates(updates) : updates.at(-1)!;
}

export interface HostileInput {
  /** How it was made, e.g. "bitFlip(update 3 @17:2)". */
  name: string;
  /** The websocket message, as sent. */
  message: Uint8Array;
  /** The Yjs update inside a well-formed sync message; undefined when the framing itself is broken. */
  update?: Uint8Array;
  /** A client whose earlier updates were never sent (its id must never appear in the board's state vector)… */
  danglingClient?: number;
  /** …unless another input sends that client's whole history. */
  wholeClient?: number;
}

function varUint(n: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, n);
  return encoding.toUint8Array(encoder);
}

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const HUGE = [2 ** 31 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 40, Number.MAX_SAFE_INTEGER];

/** Hostile messages made from the corpus's valid updates; `fc.sample` with a seed makes the same list each time. */
export function hostileInput(corpus: Corpus): fc.Arbitrary<HostileInput> {
  const sources = [...corpus.updates, corpus.full];
  const source = fc.integer({ min: 0, max: sources.length - 1 });
  const step = fc.constantFrom(SYNC_STEP_2, SYNC_UPDATE);
  const inSync = (name: string, update: Uint8Array, syncStep: number, extra: Partial<HostileInput> = {}): HostileInput => ({
    name,
    update,
    message: syncMessage(syncStep, update),
    ...extra,
  });
  const at = (bytes: Uint8Array, fraction: number) => Math.min(bytes.length - 1, Math.floor(fraction * bytes.length));
  const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

  return fc.oneof(
    fc.tuple(source, step).map(([s, syncStep]) => inSync(`valid(update ${s})`, sources[s]!, syncStep)),
    fc.tuple(source, fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 }), step).map(([s, flips, syncStep]) => {
      const bytes = Uint8Array.from(sources[s]!);
      for (const [f, bit] of flips) bytes[at(bytes, f)]! ^= 1 << bit;
      return inSync(`bitFlip(update ${s} @${flips.map(([f, bit]) => `${at(bytes, f)}:${bit}`).join(',')})`, bytes, syncStep);
    }),
    fc.tuple(source, fraction, fc.integer({ min: 0, max: 255 }), step).map(([s, f, value, syncStep]) => {
      const bytes = Uint8Array.from(sources[s]!);
      bytes[at(bytes, f)] = value;
      return inSync(`setByte(update ${s} @${at(bytes, f)}=${value})`, bytes, syncStep);
    }),
    fc.tuple(source, fraction, step).map(([s, f, syncStep]) => {
      const cut = Math.floor(f * sources[s]!.length);
      return inSync(`truncate(update ${s} to ${cut})`, sources[s]!.slice(0, cut), syncStep);
    }),
    fc.tuple(source, source, fraction, fraction, step).map(([a, b, fa, fb, syncStep]) => {
      const i = Math.floor(fa * sources[a]!.length);
      const j = Math.floor(fb * sources[b]!.length);
      return inSync(`splice(update ${a}[0..${i}] + update ${b}[${j}..])`, concat(sources[a]!.slice(0, i), sources[b]!.slice(j)), syncStep);
    }),
    fc.tuple(source, fraction, fc.integer({ min: 1, max: 12 }), fc.constantFrom(0x80, 0xff), step).map(([s, f, count, byte, syncStep]) => {
      const bytes = sources[s]!;
      const i = at(bytes, f);
      const blown = concat(bytes.slice(0, i), new Uint8Array(count).fill(byte), bytes.slice(i));
      return inSync(`varintBlowup(update ${s} @${i} ${count}×0x${byte.toString(16)})`, blown, syncStep);
    }),
    fc.tuple(source, fraction, fc.constantFrom(...HUGE), fc.boolean(), step).map(([s, f, huge, replace, syncStep]) => {
      const bytes = sources[s]!;
      const i = at(bytes, f);
      const blown = concat(bytes.slice(0, i), varUint(huge), bytes.slice(replace ? i + 1 : i));
      return inSync(`hugeNumber(update ${s} @${i} ${replace ? 'replacing' : 'before'} ${huge})`, blown, syncStep);
    }),
    fc.tuple(fc.integer({ min: 1, max: 2 ** 20 }), fc.integer(), step).map(([n, seed, syncStep]) => {
      const clientId = 3_000_000_000 + n;
      return inSync(`dangling(client ${clientId})`, danglingUpdate(clientId, new Random(seed)), syncStep, { danglingClient: clientId });
    }),
    fc.tuple(fc.integer({ min: 1, max: 2 ** 20 }), fc.boolean(), step).map(([n, whole, syncStep]) => {
      const clientId = 3_500_000_000 + n;
      // Editors may not write the facilitator's `locks` map (4403); a facilitator's is applied or held back.
      return inSync(`lock(client ${clientId}${whole ? '' : ', lock only'})`, lockUpdate(clientId, whole), syncStep, whole ? { wholeClient: clientId } : { danglingClient: clientId });
    }),
    fc.tuple(source, fc.constantFrom(...HUGE), fc.integer({ min: 1, max: 11 }), fc.integer({ min: 0, max: 3 })).map(([s, huge, blowup, which]) => {
      const update = sources[s]!;
      const frames = [
        { name: `frame(length ${huge})`, bytes: concat(varUint(MessageType.sync), varUint(SYNC_UPDATE), varUint(huge), update) },
        { name: `frame(length ${update.length + 1})`, bytes: concat(varUint(MessageType.sync), varUint(SYNC_UPDATE), varUint(update.length + 1), update) },
        { name: `frame(step varint of ${blowup} bytes, unterminated)`, bytes: concat(varUint(MessageType.sync), new Uint8Array(blowup).fill(0xff)) },
        { name: `frame(length varint of ${blowup} bytes, unterminated)`, bytes: concat(varUint(MessageType.sync), varUint(SYNC_UPDATE), new Uint8Array(blowup).fill(0x80)) },
      ];
      const frame = frames[which]!;
      return { name: frame.name, message: frame.bytes };
    }),
  );
}
