import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  boardMaps, createConnector, createLink, createNote, deleteEntities, initBoardDoc, isBoardId, noteColor,
  noteText, schemaVersionOf, SCHEMA_VERSION, viewLayout, createOrganisation, createStakeholder,
  createWorkstream, createMilestone, createKpi, readPlan,
} from '../src/index.ts';
import { Board, created } from './helpers.ts';

describe('board document', () => {
  it('creates a note with its text, colour and place on the canvas in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    const id = createNote(doc, 'canvas', { x: 10, y: 20, text: 'Who is missing?', color: 'blue' });
    expect(transactions).toBe(1);
    const { entities, layouts } = boardMaps(doc);
    const note = entities.get(id)!;
    expect(note.get('type')).toBe('note');
    expect(noteText(note)).toBe('Who is missing?');
    expect(noteColor(note)).toBe('blue');
    expect(layouts.get('canvas')?.get(id)?.toJSON()).toEqual({ x: 10, y: 20, w: 180, h: 120 });
  });

  it('deleting an entity removes its links and its layout entries in every view, in one transaction', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, 'canvas', { x: 0, y: 0 });
    const b = createNote(doc, 'canvas', { x: 1, y: 1 });
    const c = createNote(doc, 'canvas', { x: 2, y: 2 });
    createConnector(doc, a, b);
    const keep = createConnector(doc, b, c)!;
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    deleteEntities(doc, [a]);
    expect(transactions).toBe(1);
    const { entities, links, layouts } = boardMaps(doc);
    expect([...entities.keys()].sort()).toEqual([b, c].sort());
    expect([...links.keys()]).toEqual([keep]);
    expect(layouts.get('canvas')?.has(a)).toBe(false);
  });

  it('deleting a workstream removes its dependency, involvement, mitigation, measure and connector links and its layout entries, in one transaction', () => {
    const board = new Board();
    const { doc } = board;
    const workstream = board.add('workstream', { name: 'Digital front door' });
    const milestone = board.add('milestone', { title: 'Go live', workstream });
    const stakeholder = board.add('stakeholder', { name: 'ICB digital lead' });
    const other = board.add('stakeholder', { name: 'Patient panel chair' });
    const risk = board.add('risk', { title: 'Supplier delay' });
    const kpi = board.add('kpi', { name: 'Online bookings' });
    const note = createNote(doc, 'canvas', { x: 0, y: 0 });
    const doomed = [
      created(createLink(doc, 'dependency', workstream, milestone)),
      created(createLink(doc, 'involvement', stakeholder, workstream, { role: 'owner' })),
      created(createLink(doc, 'mitigation', risk, workstream)),
      created(createLink(doc, 'measure', kpi, workstream)),
      created(createLink(doc, 'connector', note, workstream)),
    ];
    const kept = [created(createLink(doc, 'relationship', stakeholder, other)), created(createLink(doc, 'mitigation', risk, milestone))];
    doc.transact(() => viewLayout(doc, 'dependencies').set(workstream, new Y.Map<number>([['x', 1], ['y', 2]])));
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    deleteEntities(doc, [workstream]);
    expect(transactions).toBe(1);
    const { entities, links, layouts } = boardMaps(doc);
    expect(entities.has(workstream)).toBe(false);
    expect(doomed.some((id) => links.has(id))).toBe(false);
    expect([...links.keys()].sort()).toEqual(kept.sort());
    expect(layouts.get('dependencies')?.has(workstream)).toBe(false);
  });

  it('deleting entities survives links and layouts that another client wrote as garbage', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, 'canvas', { x: 0, y: 0 });
    const { links, layouts } = boardMaps(doc);
    doc.transact(() => {
      links.set('junk', 'x' as unknown as Y.Map<unknown>);
      layouts.set('broken', 7 as unknown as Y.Map<Y.Map<number>>);
    });
    deleteEntities(doc, [a]);
    expect(boardMaps(doc).entities.size).toBe(0);
  });

  it('refuses a connector to itself, to a missing card, or one that already exists', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, 'canvas', { x: 0, y: 0 });
    const b = createNote(doc, 'canvas', { x: 1, y: 1 });
    expect(createConnector(doc, a, a)).toBeUndefined();
    expect(createConnector(doc, a, 'missing')).toBeUndefined();
    expect(createConnector(doc, a, b)).toBeTypeOf('string');
    expect(createConnector(doc, a, b)).toBeUndefined();
    expect(boardMaps(doc).links.size).toBe(1);
  });

  it('two people editing different fields of one note both keep their edit', () => {
    const alice = new Y.Doc();
    const id = createNote(alice, 'canvas', { x: 0, y: 0, text: 'draft' });
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    boardMaps(alice).entities.get(id)!.set('color', 'pink');
    (boardMaps(bob).entities.get(id)!.get('text') as Y.Text).insert(5, ' v2');
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    for (const doc of [alice, bob]) {
      const note = boardMaps(doc).entities.get(id)!;
      expect(noteColor(note)).toBe('pink');
      expect(noteText(note)).toBe('draft v2');
    }
  });

  it('stamps a new board with the schema version, title and template', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, { title: 'Falls prevention', template: 'blank' });
    expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
    expect(boardMaps(doc).meta.get('title')).toBe('Falls prevention');
  });

  it('accepts only server-shaped board ids', () => {
    expect(isBoardId('AbCdEfGhIjKlMnOpQrSt_-')).toBe(true);
    for (const bad of ['..', '../../etc/passwd', 'short', 'AbCdEfGhIjKlMnOpQrSt_-x', 'AbCdEfGhIjKlMnOpQrS%2e.', 'a\u0000bcdefghijklmnopqrstu', 42, undefined]) {
      expect(isBoardId(bad)).toBe(false);
    }
  });
});

describe('deleting a planning entity', () => {
  it('clears references to it held by other cards, in the same transaction', () => {
    const doc = new Y.Doc();
    const id = (r: { ok: boolean; id?: string }) => r.id!;
    const org = id(createOrganisation(doc, { name: 'Borough council' }));
    const person = id(createStakeholder(doc, { name: 'Head of service', organisation: org }));
    const stream = id(createWorkstream(doc, { name: 'Pilot' }));
    const keep = id(createMilestone(doc, { title: 'Pilot starts', workstream: stream, due: '2027-01-10' }));
    const gone = id(createMilestone(doc, { title: 'Review', workstream: stream, due: '2027-03-01' }));
    const kpi = id(createKpi(doc, { name: 'Uptake', targets: [{ milestone: keep, value: 10 }, { milestone: gone, value: 20 }] }));
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));

    deleteEntities(doc, [org, stream, gone]);
    expect(transactions).toBe(1);
    const plan = readPlan(doc);
    expect(plan.entities.get(person)).toMatchObject({ organisation: null });
    expect(plan.entities.get(keep)).toMatchObject({ workstream: null });
    expect(plan.entities.get(kpi)).toMatchObject({ targets: [{ milestone: keep, value: 10 }] });
  });
});
