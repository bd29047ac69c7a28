import * as Y from 'yjs';
import { boardMaps, updateEntity, viewLayout } from '@roundtable/shared';
import { BoardWriter } from './board.ts';
import { makeRandom, type Random } from './random.ts';
import { encodeStateVector } from './state-vector.ts';

export interface BigBoardShape {
  /** Parallel writers, each with its own Yjs client and connection (Roundtable allows 500 updates/s each). */
  builders: number;
  nodes: number;
  edges: number;
  /** Small updates in all, including the ones that create nodes and edges; the rest are drags and field edits. */
  updates: number;
}

export interface BigBoardPlan {
  /** Creates the graph's layout map; sent first, everything else builds on it. */
  base: Uint8Array;
  baseStateVector: Uint8Array;
  /** Each builder's updates, in the order it must send them, and its Yjs client id and final clock. */
  parts: Uint8Array[][];
  builders: { client: number; clock: number }[];
  stateVector: Uint8Array;
  bytes: number;
}

const BASE = Symbol('base');

/**
 * A board of `nodes` scheduled cards (workstreams, milestones, activities placed on the dependency graph) and
 * `edges` dependencies, written as `updates` small updates, the way people build one over many sessions.
 */
export function planBigBoard(shape: BigBoardShape): BigBoardPlan {
  const baseDoc = new Y.Doc();
  baseDoc.transact(() => viewLayout(baseDoc, 'dependencies'));
  const base = Y.encodeStateAsUpdate(baseDoc);
  const clocks = new Map<number, number>(Y.decodeStateVector(Y.encodeStateVector(baseDoc)));
  const parts: Uint8Array[][] = [];
  const builders: BigBoardPlan['builders'] = [];
  for (let b = 0; b < shape.builders; b++) {
    const share = (total: number) => Math.floor(total / shape.builders) + (b < total % shape.builders ? 1 : 0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base, BASE);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array, origin: unknown) => origin !== BASE && updates.push(update));
    buildPart(new BoardWriter(doc, makeRandom(b + 1)), makeRandom(1000 + b), share(shape.nodes), share(shape.edges), share(shape.updates), updates);
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) clocks.set(client, Math.max(clock, clocks.get(client) ?? 0));
    parts.push(updates);
    builders.push({ client: doc.clientID, clock: Y.getState(doc.store, doc.clientID) });
    doc.destroy();
  }
  const stateVector = encodeStateVector(clocks);
  const bytes = parts.reduce((sum, part) => sum + part.reduce((s, u) => s + u.byteLength, 0), base.byteLength);
  return { base, baseStateVector: Y.encodeStateVector(baseDoc), parts, builders, stateVector, bytes };
}

function buildPart(w: BoardWriter, random: Random, nodes: number, edges: number, updates: number, made: Uint8Array[]): void {
  const ids: string[] = [];
  const streams: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const kind = i % 10;
    const id = kind === 0 || streams.length === 0
      ? w.entity('workstream', { name: `Workstream ${i}`, owner: 'Lead', phase: 'design', color: 'teal' })
      : kind < 4
        ? w.entity('milestone', { title: `Milestone ${i}`, workstream: random.pick(streams), due: w.date(i % 400), owner: 'Programme manager', status: 'planned' })
        : w.entity('activity', { title: `Activity ${i}`, workstream: random.pick(streams), start: w.date(i % 400), end: w.date((i % 400) + 10), owner: 'Lead', status: 'not-started', progress: 0 });
    if (kind === 0 || streams.length === 0) streams.push(id);
    w.place(id, (i % 50) * 220, Math.floor(i / 50) * 160);
    ids.push(id);
  }
  let linked = 0;
  for (let i = 1; i < ids.length && linked < edges; i++) if (w.link('dependency', ids[i - 1]!, ids[i]!)) linked += 1;
  for (let attempt = 0; linked < edges && attempt < edges * 20; attempt++) {
    const from = random.pick(ids);
    const to = random.pick(ids);
    if (from !== to && w.link('dependency', from, to)) linked += 1;
  }
  const { entities, layouts } = boardMaps(w.doc);
  const layout = layouts.get('dependencies')!;
  for (let edit = 0; made.length < updates && edit < updates * 4; edit++) {
    const id = random.pick(ids);
    if (edit % 10 < 7) {
      w.doc.transact(() => {
        const place = layout.get(id)!;
        place.set('x', random.int(0, 11000));
        place.set('y', random.int(0, 16000));
      });
    } else if (entities.get(id)?.get('type') === 'activity') {
      updateEntity(w.doc, id, { progress: edit % 101 });
    } else {
      updateEntity(w.doc, id, { owner: `Owner ${edit}` });
    }
  }
}
