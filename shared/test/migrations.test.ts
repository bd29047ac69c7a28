import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  boardMaps,
  boardToJson,
  createEntity,
  createLink,
  initBoardDoc,
  latestVersion,
  migrateBoardDoc,
  migrateBoardJson,
  MIGRATIONS,
  SCHEMA_VERSION,
  schemaVersionOf,
  type Migration,
} from '../src/index.ts';
import { created } from './helpers.ts';

/** Steps for tests only: the shipped list is empty while every change so far has been additive. */
const steps: Migration[] = [
  {
    name: 'rename-risk-owner-to-lead',
    to: 2,
    migrateEntity: ({ owner, ...rest }) => (rest.type === 'risk' ? { ...rest, lead: owner } : { ...rest, owner }),
    // Notes have no owner: the step hands back `owner: undefined`, which must not be written.
  },
  {
    name: 'dependency-kind-short-codes',
    to: 3,
    migrateLink: (link) => (link.type === 'dependency' ? { ...link, kind: link.kind === 'finish-to-start' ? 'fs' : link.kind } : link),
  },
];

function boardAtVersion1() {
  const doc = new Y.Doc();
  initBoardDoc(doc, { title: 'Falls prevention', template: 'blank' });
  const risk = created(createEntity(doc, 'risk', { title: 'Capacity', owner: 'Sam' }));
  const note = created(createEntity(doc, 'note', { text: 'Who is missing?' }));
  const a = created(createEntity(doc, 'milestone', { title: 'A' }));
  const b = created(createEntity(doc, 'milestone', { title: 'B' }));
  const dependency = created(createLink(doc, 'dependency', a, b));
  return { doc, risk, note, dependency };
}

describe('schema migrations', () => {
  it('the shipped list is named uniquely, ordered, and ends at SCHEMA_VERSION', () => {
    expect(new Set(MIGRATIONS.map((step) => step.name)).size).toBe(MIGRATIONS.length);
    MIGRATIONS.forEach((step, i) => expect(step.to).toBeGreaterThan(i === 0 ? 1 : MIGRATIONS[i - 1]!.to));
    expect(latestVersion(MIGRATIONS)).toBe(SCHEMA_VERSION);
  });

  it('a current board is left alone: nothing is written', () => {
    const { doc } = boardAtVersion1();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    expect(migrateBoardDoc(doc)).toEqual({ ok: true, from: 1, to: 1, applied: [] });
    expect(transactions).toBe(0);
  });

  it('applies pending steps in order in one transaction, writing only changed fields, and stamps the version', () => {
    const { doc, risk, note, dependency } = boardAtVersion1();
    const { entities, links } = boardMaps(doc);
    const text = entities.get(note)!.get('text');
    const changed: string[] = [];
    entities.observeDeep((events) => events.forEach((event) => changed.push(...(event.keys?.keys() ?? []))));
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    expect(migrateBoardDoc(doc, steps)).toEqual({ ok: true, from: 1, to: 3, applied: ['rename-risk-owner-to-lead', 'dependency-kind-short-codes'] });
    expect(transactions).toBe(1);
    expect(entities.get(risk)!.toJSON()).toMatchObject({ lead: 'Sam', title: 'Capacity' });
    expect(entities.get(risk)!.has('owner')).toBe(false);
    expect(changed.sort()).toEqual(['lead', 'owner']);
    expect(entities.get(note)!.get('text')).toBe(text);
    expect(links.get(dependency)!.get('kind')).toBe('fs');
    expect(schemaVersionOf(doc)).toBe(3);
    expect(migrateBoardDoc(doc, steps)).toEqual({ ok: true, from: 3, to: 3, applied: [] });
  });

  it('runs only the steps after the board version', () => {
    const { doc, risk } = boardAtVersion1();
    boardMaps(doc).meta.set('schemaVersion', 2);
    expect(migrateBoardDoc(doc, steps).applied).toEqual(['dependency-kind-short-codes']);
    expect(boardMaps(doc).entities.get(risk)!.get('owner')).toBe('Sam');
  });

  it('replaces note text inside the same Y.Text only when a step changes it', () => {
    const { doc, note } = boardAtVersion1();
    const text = boardMaps(doc).entities.get(note)!.get('text');
    const shout: Migration = { name: 'shout', to: 2, migrateEntity: (e) => (e.type === 'note' ? { ...e, text: String(e.text).toUpperCase() } : e) };
    migrateBoardDoc(doc, [shout]);
    expect(boardMaps(doc).entities.get(note)!.get('text')).toBe(text);
    expect(String(text)).toBe('WHO IS MISSING?');
  });

  it('a step that throws leaves the board exactly as it was', () => {
    const { doc } = boardAtVersion1();
    const before = Y.encodeStateVector(doc);
    const broken: Migration = { name: 'broken', to: 3, migrateLink: () => { throw new Error('bug in step'); } };
    expect(() => migrateBoardDoc(doc, [...steps.slice(0, 1), broken])).toThrow('bug in step');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('reports a board from a newer schema and leaves it untouched', () => {
    const { doc } = boardAtVersion1();
    boardMaps(doc).meta.set('schemaVersion', SCHEMA_VERSION + 1);
    const before = Y.encodeStateVector(doc);
    expect(migrateBoardDoc(doc)).toEqual({ ok: false, code: 'newer-schema', from: SCHEMA_VERSION + 1, to: SCHEMA_VERSION, applied: [] });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(migrateBoardJson(boardToJson(doc)).ok).toBe(false);
  });

  it('migrates a plain export the same way as the document, without changing the input', () => {
    const { doc } = boardAtVersion1();
    const json = boardToJson(doc);
    const copy = JSON.parse(JSON.stringify(json)) as unknown;
    const result = migrateBoardJson(json, steps);
    expect(json).toEqual(copy);
    migrateBoardDoc(doc, steps);
    expect(result).toEqual({ ok: true, from: 1, to: 3, applied: steps.map((step) => step.name), board: boardToJson(doc) });
  });
});
