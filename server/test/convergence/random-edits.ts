import * as Y from 'yjs';
import {
  boardMaps,
  createActivity,
  createKpi,
  createLink,
  createMilestone,
  createNote,
  createOrganisation,
  createRisk,
  createStakeholder,
  createWorkstream,
  deleteEntities,
  deleteLinks,
  readPlan,
  updateEntity,
  type LinkType,
} from '@roundtable/shared';

/** A small seeded PRNG (mulberry32): the same seed gives the same run. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  word(): string {
    return this.pick(['plan', 'risk', 'ICB', 'trust', 'café', 'δ', '🙂', 'go-live', '']) + this.int(100);
  }
}

interface RandomSource {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
}

/**
 * Runs `work` (synchronous) with crypto.getRandomValues drawing from `random`, so the entity ids the shared
 * writers make (and Yjs client ids) come from the seed, and a failing seed replays byte for byte.
 */
export function withSeededIds<T>(random: Random, work: () => T): T {
  const crypto = globalThis.crypto as unknown as RandomSource;
  const own = Object.getOwnPropertyDescriptor(crypto, 'getRandomValues');
  crypto.getRandomValues = <A extends ArrayBufferView | null>(array: A): A => {
    const bytes = new Uint8Array(array!.buffer, array!.byteOffset, array!.byteLength);
    for (let i = 0; i < bytes.length; i++) bytes[i] = random.int(256);
    return array;
  };
  try {
    return work();
  } finally {
    if (own) Object.defineProperty(crypto, 'getRandomValues', own);
    else delete (crypto as Partial<RandomSource>).getRandomValues;
  }
}

const LINK_TYPES: readonly LinkType[] = ['connector', 'dependency', 'involvement', 'measure', 'mitigation', 'relationship'];

function entityIds(doc: Y.Doc): string[] {
  return [...boardMaps(doc).entities.keys()];
}

/** What a random edit did, for the failure message of a seed. */
export type EditName =
  | 'stakeholder' | 'organisation' | 'workstream' | 'milestone' | 'activity' | 'risk' | 'kpi' | 'note'
  | 'update' | 'noteText' | 'deleteEntity' | 'link' | 'deleteLink';

/**
 * One random edit through the shared model's writers (the ones the client uses): a new card of any type, a
 * field change, a note's text typed into or cut, a card or link deleted, a link between two cards.
 */
export function randomEdit(doc: Y.Doc, random: Random): EditName {
  const ids = entityIds(doc);
  const roll = ids.length < 3 ? random.int(8) : random.int(14);
  switch (roll) {
    case 0: createStakeholder(doc, { name: random.word(), power: random.int(11), interest: random.int(11) }); return 'stakeholder';
    case 1: createOrganisation(doc, { name: random.word() }); return 'organisation';
    case 2: createWorkstream(doc, { name: random.word() }); return 'workstream';
    case 3: createMilestone(doc, { title: random.word(), due: `2027-0${1 + random.int(9)}-1${random.int(10)}` }); return 'milestone';
    case 4: createActivity(doc, { title: random.word(), progress: random.int(101) }); return 'activity';
    case 5: createRisk(doc, { title: random.word(), likelihood: 1 + random.int(5), impact: 1 + random.int(5) }); return 'risk';
    case 6: createKpi(doc, { name: random.word(), baseline: random.int(50) }); return 'kpi';
    case 7: createNote(doc, 'canvas', { x: random.int(800), y: random.int(600), text: random.word() }); return 'note';
    case 8:
    case 9: {
      const id = random.pick(ids);
      updateEntity(doc, id, random.pick([
        { name: random.word() },
        { title: random.word() },
        { power: random.int(11), interest: random.int(11) },
        { likelihood: 1 + random.int(5) },
        { status: random.pick(['open', 'closed', 'mitigating', 'done', 'not-started']) },
        { progress: random.int(101) },
        { color: random.pick(['yellow', 'blue', 'pink']) },
      ]));
      return 'update';
    }
    case 10: {
      const text = boardMaps(doc).entities.get(random.pick(ids))?.get('text');
      if (text instanceof Y.Text) {
        if (text.length > 0 && random.chance(0.4)) text.delete(random.int(text.length), 1 + random.int(3));
        else text.insert(random.int(text.length + 1), random.word());
      }
      return 'noteText';
    }
    case 11: deleteEntities(doc, [random.pick(ids)]); return 'deleteEntity';
    case 12: {
      const links = [...boardMaps(doc).links.keys()];
      if (links.length > 0 && random.chance(0.3)) {
        deleteLinks(doc, [random.pick(links)]);
        return 'deleteLink';
      }
      createLink(doc, random.pick(LINK_TYPES), random.pick(ids), random.pick(ids));
      return 'link';
    }
    default:
      createLink(doc, random.pick(LINK_TYPES), random.pick(ids), random.pick(ids));
      return 'link';
  }
}

const ROOTS = ['meta', 'entities', 'links', 'layouts', 'comments', 'locks'] as const;

/** JSON with object keys sorted: a Y.Map lists its keys in the order this replica happened to learn them. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
}

/** A replica's content as canonical JSON: every root map, and the planning model the analyses read. */
export function contentOf(doc: Y.Doc): string {
  const plan = readPlan(doc);
  return JSON.stringify(canonical({
    roots: Object.fromEntries(ROOTS.map((name) => [name, doc.getMap(name).toJSON()])),
    plan: { entities: Object.fromEntries(plan.entities), links: Object.fromEntries(plan.links) },
  }));
}

/** Whether a document holds updates it could not integrate yet (structs or deletions waiting for others). */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}
