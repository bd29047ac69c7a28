import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '@roundtable/shared';
import { fieldLabel, fieldSpecs } from '../../src/side-panel/field-specs.ts';
import { fromInputValue, toInputValue } from '../../src/side-panel/field-values.ts';

const spec = (type: string, name: string) => fieldSpecs(type).find((s) => s.name === name);

describe('side panel fields from the model definitions', () => {
  it('gives a stakeholder its fields in order, with labels, ranges, choices and the organisation reference', () => {
    const specs = fieldSpecs('stakeholder');
    expect(specs.map((s) => s.name)).toEqual([
      'name', 'organisation', 'role', 'sector', 'power', 'interest', 'attitude', 'currentEngagement', 'desiredEngagement',
      'contactOwner', 'notes',
    ]);
    expect(spec('stakeholder', 'power')).toMatchObject({ kind: 'number', min: 0, max: 10, integer: false, nullable: false });
    expect(spec('stakeholder', 'organisation')).toMatchObject({ kind: 'reference', refType: 'organisation' });
    expect(spec('stakeholder', 'notes')).toMatchObject({ kind: 'text', long: true });
    expect(spec('stakeholder', 'name')).toMatchObject({ kind: 'text', long: false, maxLength: 200 });
    expect(spec('stakeholder', 'sector')).toMatchObject({ kind: 'enum', label: 'Sector' });
    expect(spec('stakeholder', 'currentEngagement')!.label).toBe('Current engagement');
    const sector = spec('stakeholder', 'sector');
    expect(sector?.kind === 'enum' && sector.options[1]).toEqual({ value: 'icb', label: 'Integrated care board' });
  });

  it('handles whole numbers, dates, optional numbers and colour names of other types', () => {
    expect(spec('risk', 'likelihood')).toMatchObject({ kind: 'number', min: 1, max: 5, integer: true });
    expect(spec('risk', 'workstream')).toMatchObject({ kind: 'reference', refType: 'workstream' });
    expect(spec('activity', 'start')).toMatchObject({ kind: 'date', nullable: true });
    expect(spec('activity', 'progress')).toMatchObject({ kind: 'number', min: 0, max: 100 });
    expect(spec('kpi', 'baseline')).toMatchObject({ kind: 'number', nullable: true, min: undefined });
    expect(spec('kpi', 'targets')).toBeUndefined();
    const colour = spec('organisation', 'color');
    expect(colour?.kind === 'enum' && colour.options[0]).toEqual({ value: 'blue', label: 'Blue' });
    expect(spec('note', 'text')).toMatchObject({ kind: 'text', long: true });
  });

  it('has a form for every entity type', () => {
    for (const type of ENTITY_TYPES) expect(fieldSpecs(type).length).toBeGreaterThan(0);
    expect(fieldSpecs('nonsense')).toEqual([]);
  });

  it('labels camel-case field names as plain sentences', () => {
    expect(fieldLabel('contactOwner')).toBe('Contact owner');
    expect(fieldLabel('due')).toBe('Due');
    expect(fieldLabel('color')).toBe('Colour');
  });
});

describe('side panel values', () => {
  it('shows "not set" as an empty control and stores empty optional values as null', () => {
    expect(toInputValue(null)).toBe('');
    expect(toInputValue(7.5)).toBe('7.5');
    expect(fromInputValue(spec('kpi', 'baseline')!, '')).toBeNull();
    expect(fromInputValue(spec('activity', 'end')!, '')).toBeNull();
    expect(fromInputValue(spec('stakeholder', 'organisation')!, '')).toBeNull();
  });

  it('refuses numbers it cannot store, so the control shows the stored value again', () => {
    const power = spec('stakeholder', 'power')!;
    expect(fromInputValue(power, '7.5')).toBe(7.5);
    expect(fromInputValue(power, '')).toBeUndefined();
    expect(fromInputValue(power, '11')).toBeUndefined();
    expect(fromInputValue(spec('risk', 'impact')!, '2.5')).toBeUndefined();
  });
});
