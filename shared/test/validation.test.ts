import fc from 'fast-check';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ENTITY_DEFINITIONS, ENTITY_TYPES, boardMaps, entityToPlain, planFromJson, readEntity, readLink, readPlan, validateEntity, validateLink } from '../src/index.ts';

describe('validating and reading plain data', () => {
  it('fills missing fields with defaults and names every field that is wrong', () => {
    expect(validateEntity({ type: 'risk', title: 'Winter pressures', likelihood: 4 })).toEqual({
      ok: true,
      value: { type: 'risk', title: 'Winter pressures', likelihood: 4, impact: 3, owner: '', mitigation: '', status: 'open', workstream: null },
    });
    const result = validateEntity({ type: 'milestone', due: '2025-13-01', status: 'late', colour: 'red' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        '/colour: Unexpected property',
        '/due: expected a date YYYY-MM-DD or null',
        '/status: expected "planned" or "on-track" or "at-risk" or "done" or "missed"',
      ]);
    }
    expect(validateEntity('risk')).toEqual({ ok: false, errors: ['/: expected an object'] });
    expect(validateEntity({ type: 'toString' }).ok).toBe(false);
  });

  it('checks link ends against the entities given as a map, a record or the document', () => {
    const entities = { r: { type: 'risk' }, w: { type: 'workstream' }, k: { type: 'kpi' } };
    const doc = new Y.Doc();
    doc.transact(() => Object.entries(entities).forEach(([id, { type }]) => boardMaps(doc).entities.set(id, new Y.Map([['type', type]]))));
    expect(validateLink({ type: 'mitigation', from: 'r', to: 'w' }, boardMaps(doc).entities).ok).toBe(true);
    expect(validateLink({ type: 'mitigation', from: 'r', to: 'k' }, boardMaps(doc).entities).ok).toBe(false);
    expect(validateLink({ type: 'mitigation', from: 'r', to: 'w' }, entities).ok).toBe(true);
    expect(validateLink({ type: 'mitigation', from: 'r', to: 'k' }, new Map(Object.entries(entities))).ok).toBe(false);
    expect(validateLink({ type: 'mitigation', from: 'r', to: 'constructor' }, entities).ok).toBe(false);
    expect(validateLink({ type: 'mitigation', from: 'r', to: 'k' }).ok).toBe(true);
    expect(validateLink({ type: 'mitigation', from: 'r', to: 'w' }, { r: { type: 'risk' }, w: 'junk' }).ok).toBe(false);
  });

  it('reads whatever another client wrote without throwing, falling back to defaults field by field', () => {
    expect(readEntity({ type: 'stakeholder', name: 'Healthwatch', power: 'lots', interest: 12, sector: 'icb', extra: 1 })).toEqual({
      ...ENTITY_DEFINITIONS.stakeholder.defaults(),
      name: 'Healthwatch',
      sector: 'icb',
    });
    expect(readEntity({ type: 'kpi', targets: [{ milestone: 'm', value: 3 }, { milestone: 7 }, 'x'] })).toMatchObject({ targets: [{ milestone: 'm', value: 3 }] });
    expect(readEntity({ type: 'unicorn' })).toBeUndefined();
    expect(readEntity(null)).toBeUndefined();
    expect(readLink({ type: 'dependency', from: 'a', to: 'b', kind: 'sideways' })).toEqual({ type: 'dependency', from: 'a', to: 'b', kind: 'finish-to-start' });
    expect(readLink({ type: 'dependency', from: 'a' })).toBeUndefined();
  });

  it('reading any record of a known type yields a value that fits its schema', () => {
    const field = fc.oneof(fc.anything(), fc.integer({ min: -2, max: 12 }), fc.constantFrom('2025-01-31', 'nhs-trust', 'high', ''));
    fc.assert(
      fc.property(fc.constantFrom(...ENTITY_TYPES), fc.dictionary(fc.constantFrom('name', 'title', 'power', 'likelihood', 'due', 'targets', 'sector', 'text', 'color'), field), (type, fields) => {
        const entity = readEntity({ ...fields, type });
        expect(Value.Check(ENTITY_DEFINITIONS[type].schema, entity)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out of the plan links whose ends are missing or of the wrong type, and garbage records', () => {
    const doc = new Y.Doc();
    const { entities, links } = boardMaps(doc);
    doc.transact(() => {
      entities.set('r', new Y.Map([['type', 'risk']]));
      entities.set('k', new Y.Map([['type', 'kpi']]));
      entities.set('junk', 'not a map' as unknown as Y.Map<unknown>);
      links.set('dangling', new Y.Map<unknown>([['type', 'measure'], ['from', 'k'], ['to', 'k2']]));
      links.set('wrong', new Y.Map<unknown>([['type', 'mitigation'], ['from', 'r'], ['to', 'k']]));
      links.set('junk', 42 as unknown as Y.Map<unknown>);
    });
    const plan = readPlan(doc);
    expect([...plan.entities.keys()]).toEqual(['r', 'k']);
    expect(plan.links.size).toBe(0);
    expect(entityToPlain(entities.get('r')!)).toMatchObject({ likelihood: 3, impact: 3 });
    expect(planFromJson({ entities: { r: { type: 'risk' } }, links: { x: { type: 'mitigation', from: 'r', to: 'r' } } }).links.size).toBe(0);
  });
});
