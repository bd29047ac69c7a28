import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardToJson, createEntity, createNote } from '@roundtable/shared';
import { fieldLabel, typeLabel, versionDetails, versionOutline } from '../../src/versions/version-text.ts';

function id(result: ReturnType<typeof createEntity>): string {
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.id;
}

describe('version outline', () => {
  it('groups cards by type in the model order, sorted by name, with their key facts', () => {
    const doc = new Y.Doc();
    const trust = id(createEntity(doc, 'organisation', { name: 'Riverside NHS Trust' }));
    createEntity(doc, 'stakeholder', { name: 'Chief Nurse', role: 'Director of Nursing', organisation: trust, attitude: 'champion' });
    createEntity(doc, 'stakeholder', { name: 'Carers forum' });
    createEntity(doc, 'risk', { title: 'Funding ends', likelihood: 4, impact: 5, owner: 'Sam' });
    createNote(doc, 'canvas', { x: 0, y: 0, text: '' });

    const outline = versionOutline(boardToJson(doc));
    expect(outline.map((group) => group.label)).toEqual(['Stakeholders', 'Organisations', 'Risks', 'Notes']);
    expect(outline[0]!.items.map((item) => item.name)).toEqual(['Carers forum', 'Chief Nurse']);
    expect(outline[0]!.items[1]!.facts).toEqual(['Director of Nursing', 'Riverside NHS Trust', 'Champion']);
    expect(outline[2]!.items[0]!.facts).toEqual(['Likelihood 4, impact 5', 'Open', 'Owner: Sam']);
    expect(outline[3]!.items[0]!.name).toBe('Untitled');
  });
});

describe('version text', () => {
  it('describes who saved a version, when, and how many cards it holds', () => {
    const base = { id: 'abcdefghijkl', name: 'Before', createdAt: '2026-11-22T14:05:00.000Z', entities: 1 };
    expect(versionDetails({ ...base, kind: 'manual', createdBy: 'Sam' })).toMatch(/^Saved by Sam, 22 Nov 2026 \d\d:\d\d · 1 card$/);
    expect(versionDetails({ ...base, kind: 'auto', createdBy: null, entities: 3 })).toMatch(/^Saved automatically, .* · 3 cards$/);
  });

  it('labels fields and types for people', () => {
    expect(fieldLabel('currentEngagement')).toBe('current engagement');
    expect(typeLabel('kpi')).toBe('KPI');
    expect(typeLabel('dependency')).toBe('Dependency');
  });
});
