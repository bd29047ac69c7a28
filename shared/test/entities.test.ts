import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  boardMaps,
  createActivity,
  createEntity,
  createKpi,
  createMilestone,
  createOrganisation,
  createRisk,
  createStakeholder,
  createWorkstream,
  ENTITY_DEFINITIONS,
  ENTITY_TYPES,
  entityToPlain,
  noteText,
  updateEntity,
} from '../src/index.ts';
import { created } from './helpers.ts';

describe('planning entities', () => {
  it('creates every entity type with its defaults, in one transaction each, readable back as the same plain value', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    for (const type of ENTITY_TYPES) {
      const id = created(createEntity(doc, type, {}));
      expect(entityToPlain(boardMaps(doc).entities.get(id)!)).toEqual(ENTITY_DEFINITIONS[type].defaults());
    }
    expect(transactions).toBe(ENTITY_TYPES.length);
  });

  it('stores a stakeholder as a nested map of plain fields with a type', () => {
    const doc = new Y.Doc();
    const nhs = created(createOrganisation(doc, { name: 'Riverside NHS Trust', color: 'blue' }));
    const id = created(
      createStakeholder(doc, { name: 'Director of Nursing', organisation: nhs, sector: 'nhs-trust', power: 9, interest: 7, attitude: 'supporter' }),
    );
    const stored = boardMaps(doc).entities.get(id)!;
    expect(stored.get('type')).toBe('stakeholder');
    expect(stored.get('power')).toBe(9);
    expect(stored.toJSON()).toMatchObject({ organisation: nhs, currentEngagement: 'inform', desiredEngagement: 'inform' });
  });

  it('refuses an invalid entity and writes nothing', () => {
    const doc = new Y.Doc();
    const results = [
      createRisk(doc, { likelihood: 6 }),
      createRisk(doc, { impact: 2.5 }),
      createStakeholder(doc, { power: -1 }),
      createMilestone(doc, { due: '2025-02-30' }),
      createActivity(doc, { start: '2025-03-10', end: '2025-03-01' }),
      createActivity(doc, { progress: 101 }),
      createEntity(doc, 'workstream', { phase: 'launch' }),
      createEntity(doc, 'workstream', { colour: 'blue' }),
      createEntity(doc, 'spaceship', {}),
      createEntity(doc, 'risk', { type: 'note' }),
    ];
    for (const result of results) expect(result.ok).toBe(false);
    expect(boardMaps(doc).entities.size).toBe(0);
  });

  it('refuses references to missing entities or entities of the wrong type', () => {
    const doc = new Y.Doc();
    const workstream = created(createWorkstream(doc, { name: 'Discharge to assess' }));
    const milestone = created(createMilestone(doc, { title: 'Pilot ward live', workstream, due: '2025-06-02' }));
    expect(createStakeholder(doc, { organisation: workstream })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^\/organisation/)] });
    expect(createMilestone(doc, { workstream: 'missing' }).ok).toBe(false);
    expect(createKpi(doc, { targets: [{ milestone: workstream, value: 1 }] }).ok).toBe(false);
    expect(createKpi(doc, { targets: [{ milestone, value: 1 }, { milestone, value: 2 }] }).ok).toBe(false);
    expect(createKpi(doc, { targets: [{ milestone, value: 40 }] }).ok).toBe(true);
  });

  it('creates a note through the generic helper with co-typed Y.Text', () => {
    const doc = new Y.Doc();
    const id = created(createEntity(doc, 'note', { text: 'Ask the carers forum', color: 'green' }));
    const note = boardMaps(doc).entities.get(id)!;
    expect(note.get('text')).toBeInstanceOf(Y.Text);
    expect(noteText(note)).toBe('Ask the carers forum');
  });

  it('updates only the fields that change and refuses an update that breaks a rule', () => {
    const doc = new Y.Doc();
    const id = created(createActivity(doc, { title: 'Staff training', start: '2025-04-01', end: '2025-04-30' }));
    const changed: string[] = [];
    boardMaps(doc).entities.get(id)!.observe((event) => changed.push(...event.keysChanged));
    expect(updateEntity(doc, id, { progress: 40, title: 'Staff training' })).toEqual({ ok: true });
    expect(changed).toEqual(['progress']);
    expect(updateEntity(doc, id, { end: '2025-03-01' }).ok).toBe(false);
    expect(updateEntity(doc, id, { type: 'risk' }).ok).toBe(false);
    expect(updateEntity(doc, 'missing', { progress: 1 }).ok).toBe(false);
  });

  it('still lets people edit a card whose organisation was deleted, but not point it at another missing one', () => {
    const doc = new Y.Doc();
    const org = created(createOrganisation(doc, { name: 'Carers Trust' }));
    const id = created(createStakeholder(doc, { organisation: org }));
    boardMaps(doc).entities.delete(org);
    expect(updateEntity(doc, id, { power: 8 })).toEqual({ ok: true });
    expect(updateEntity(doc, id, { organisation: 'gone' }).ok).toBe(false);
  });

  it('updates note text in its existing Y.Text', () => {
    const doc = new Y.Doc();
    const id = created(createEntity(doc, 'note', { text: 'draft' }));
    const text = boardMaps(doc).entities.get(id)!.get('text');
    expect(updateEntity(doc, id, { text: 'final' })).toEqual({ ok: true });
    expect(boardMaps(doc).entities.get(id)!.get('text')).toBe(text);
    expect(String(text)).toBe('final');
  });

  it('two people editing different fields of one stakeholder both keep their edit', () => {
    const alice = new Y.Doc();
    const id = created(createStakeholder(alice, { name: 'Parent carer forum' }));
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    expect(updateEntity(alice, id, { power: 3, interest: 9 }).ok).toBe(true);
    expect(updateEntity(bob, id, { attitude: 'champion' }).ok).toBe(true);
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    for (const doc of [alice, bob]) {
      expect(entityToPlain(boardMaps(doc).entities.get(id)!)).toMatchObject({ power: 3, interest: 9, attitude: 'champion' });
    }
  });
});
