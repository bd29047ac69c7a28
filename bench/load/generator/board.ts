import * as Y from 'yjs';
import { addDays, boardMaps, createEntity, createLink, createNote, viewLayout, type EntityType, type LinkType } from '@roundtable/shared';
import { makeRandom, type Random } from './random.ts';

/** The free-form views whose places a drag moves (`layouts.<view>.<entityId>` = Y.Map { x, y, … }). */
export const DRAG_VIEWS = ['dependencies', 'canvas'] as const;

export interface BuiltBoard {
  /** The whole board as one Yjs update (what a seeding client sends). */
  update: Uint8Array;
  stateVector: Uint8Array;
  entities: number;
  links: number;
}

const SECTORS = ['nhs-trust', 'icb', 'local-authority', 'voluntary-sector', 'patient-carer-group'] as const;
const ATTITUDES = ['champion', 'supporter', 'neutral', 'sceptic'] as const;
const PHASES = ['set-up', 'design', 'trial', 'rollout', 'sustain'] as const;
const COLORS = ['blue', 'teal', 'green', 'orange', 'purple'] as const;
const TODAY = '2026-01-05';

/** Writes through the model's validated writers, so Roundtable's clients read it as a real board. */
export class BoardWriter {
  constructor(
    readonly doc: Y.Doc,
    private readonly random: Random,
  ) {}

  entity(type: EntityType, fields: Record<string, unknown>): string {
    const result = createEntity(this.doc, type, fields);
    if (!result.ok) throw new Error(`bench board: ${type} refused: ${result.errors.join('; ')}`);
    return result.id;
  }

  link(type: LinkType, from: string, to: string, fields: Record<string, unknown> = {}): string | undefined {
    const result = createLink(this.doc, type, from, to, fields);
    return result.ok ? result.id : undefined;
  }

  /** Gives a card a place on the dependency graph, as the graph view does when someone drops it there. */
  place(id: string, x: number, y: number): void {
    this.doc.transact(() => {
      const place = new Y.Map<number>();
      place.set('x', x);
      place.set('y', y);
      viewLayout(this.doc, 'dependencies').set(id, place);
    });
  }

  note(x: number, y: number, text: string): string {
    return createNote(this.doc, 'canvas', { x, y, text, color: this.random.pick(['yellow', 'pink', 'blue', 'green'] as const) });
  }

  date(days: number): string {
    return addDays(TODAY, days);
  }
}

/**
 * A realistic planning board of about `entityCount` cards: organisations, stakeholders, workstreams with their
 * milestones and activities chained by dependencies and placed on the graph, risks, KPIs and canvas notes.
 */
export function buildRealisticBoard(entityCount: number, seed = 1): BuiltBoard {
  const doc = new Y.Doc();
  const random = makeRandom(seed);
  const w = new BoardWriter(doc, random);
  const share = (fraction: number, min = 1) => Math.max(min, Math.round(entityCount * fraction));
  const orgs = Array.from({ length: share(0.04) }, (_, i) => w.entity('organisation', { name: `Partner organisation ${i + 1}`, color: random.pick(COLORS) }));
  const streams = Array.from({ length: share(0.04) }, (_, i) =>
    w.entity('workstream', { name: `Workstream ${i + 1}`, owner: `Lead ${i + 1}`, phase: random.pick(PHASES), color: random.pick(COLORS) }),
  );
  streams.forEach((id, i) => w.place(id, 0, i * 260));
  const scheduled = addSchedule(w, streams, share(0.12), share(0.3));
  for (let i = 0; i < share(0.25); i++) {
    const person = w.entity('stakeholder', {
      name: `Stakeholder ${i + 1}`, organisation: random.pick(orgs), role: 'Service lead', sector: random.pick(SECTORS),
      power: random.int(0, 10), interest: random.int(0, 10), attitude: random.pick(ATTITUDES),
    });
    w.link('involvement', person, random.pick(streams), { role: 'contributor' });
  }
  for (let i = 0; i < share(0.1); i++) {
    const risk = w.entity('risk', { title: `Risk ${i + 1}: capacity may fall short`, likelihood: random.int(1, 5), impact: random.int(1, 5), owner: 'Programme manager', mitigation: 'Agree cover at programme board.', status: 'open' });
    w.link('mitigation', risk, random.pick(streams));
  }
  for (let i = 0; i < share(0.05); i++) {
    const kpi = w.entity('kpi', { name: `Indicator ${i + 1}`, kind: i % 2 ? 'lagging' : 'leading', unit: '%', baseline: 10, target: 60, owner: 'Analyst' });
    w.link('measure', kpi, random.pick(streams));
  }
  const made = orgs.length + streams.length + scheduled + share(0.25) + share(0.1) + share(0.05);
  for (let i = 0; made + i < entityCount; i++) w.note(40 + (i % 10) * 200, 40 + Math.floor(i / 10) * 140, `Idea ${i + 1}: meet families where they are`);
  const { entities, links } = boardMaps(doc);
  const built = { update: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc), entities: entities.size, links: links.size };
  doc.destroy();
  return built;
}

/** Milestones and activities spread over the workstreams, each chained to the one before, placed in rows. */
function addSchedule(w: BoardWriter, streams: string[], milestones: number, activities: number): number {
  const total = milestones + activities;
  let previous: string | undefined;
  for (let i = 0; i < total; i++) {
    const stream = streams[i % streams.length]!;
    const id = i % Math.round(total / milestones) === 0
      ? w.entity('milestone', { title: `Milestone ${i + 1}`, workstream: stream, due: w.date(i * 3), owner: 'Programme manager', status: 'planned' })
      : w.entity('activity', { title: `Activity ${i + 1}`, workstream: stream, start: w.date(i * 3), end: w.date(i * 3 + 14), owner: 'Service lead', status: 'not-started', progress: 0 });
    w.place(id, 220 + Math.floor(i / streams.length) * 200, (i % streams.length) * 260);
    if (previous && i % streams.length !== 0) w.link('dependency', previous, id);
    previous = id;
  }
  return total;
}

/** The cards that have a place on a free-form view, in a stable order: what writers drag. */
export function dragTargets(doc: Y.Doc): { view: string; id: string }[] {
  const { layouts } = boardMaps(doc);
  const targets: { view: string; id: string }[] = [];
  for (const view of DRAG_VIEWS) {
    const layout = layouts.get(view);
    if (layout instanceof Y.Map) for (const id of [...layout.keys()].sort()) targets.push({ view, id });
  }
  return targets;
}
