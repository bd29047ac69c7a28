import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRisk, createWorkstream, readPlan, type Risk } from '@roundtable/shared';
import { UndoHistory } from '../../src/undo.ts';
import { bandLabel, ratingAfterKey, risksByCell } from '../../src/views/risks/risk-grid.ts';
import { EntityPatchWriter } from '../../src/lib/entity-patch-writer.ts';
import type { Rating } from '../../src/views/risks/risk-grid.ts';
import { nextSort, sortedRisks } from '../../src/views/risks/risk-sort.ts';
import { manualFrames } from '../helpers/frames.ts';

function idOf(result: { ok: boolean; id?: string }): string {
  if (!result.ok || !result.id) throw new Error('write refused');
  return result.id;
}

const riskIn = (doc: Y.Doc, id: string) => readPlan(doc).entities.get(id) as Risk;

describe('risk grid', () => {
  it('names every score band in words with its colour', () => {
    expect(bandLabel(4)).toBe('Low risk (green)');
    expect(bandLabel(12)).toBe('Medium risk (amber)');
    expect(bandLabel(15)).toBe('High risk (red)');
  });

  it('groups risks by likelihood and impact cell', () => {
    const doc = new Y.Doc();
    const a = idOf(createRisk(doc, { title: 'Staff capacity', likelihood: 4, impact: 5 }));
    const b = idOf(createRisk(doc, { title: 'Funding gap', likelihood: 4, impact: 5 }));
    const c = idOf(createRisk(doc, { title: 'Venue' }));
    const cells = risksByCell(readPlan(doc));
    expect(cells.get('4-5')!.map(([id]) => id)).toEqual([b, a]);
    expect(cells.get('3-3')!.map(([id]) => id)).toEqual([c]);
  });

  it('moves a card one cell per arrow key and stops at the edge', () => {
    expect(ratingAfterKey({ likelihood: 3, impact: 3 }, 'ArrowUp')).toEqual({ likelihood: 4, impact: 3 });
    expect(ratingAfterKey({ likelihood: 3, impact: 3 }, 'ArrowLeft')).toEqual({ likelihood: 3, impact: 2 });
    expect(ratingAfterKey({ likelihood: 5, impact: 3 }, 'ArrowUp')).toBeNull();
    expect(ratingAfterKey({ likelihood: 3, impact: 3 }, 'Enter')).toBeNull();
  });
});

describe('RiskRescorer', () => {
  it('writes the latest cell at most once per frame, and a whole drag undoes in one step', () => {
    const doc = new Y.Doc();
    const origin = { local: true };
    const id = idOf(createRisk(doc, { title: 'Staff capacity' }));
    const history = new UndoHistory(doc, origin);
    const frames = manualFrames();
    const rescorer = new EntityPatchWriter<Rating>(doc, origin, frames.scheduler);
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));

    history.beginGesture();
    rescorer.queue(id, { likelihood: 4, impact: 3 });
    rescorer.queue(id, { likelihood: 4, impact: 4 });
    expect(riskIn(doc, id).likelihood).toBe(3);
    frames.frame();
    expect(transactions).toBe(1);
    expect(riskIn(doc, id)).toMatchObject({ likelihood: 4, impact: 4 });
    rescorer.queue(id, { likelihood: 5, impact: 5 });
    rescorer.flush();
    history.endGesture();
    expect(riskIn(doc, id)).toMatchObject({ likelihood: 5, impact: 5 });

    history.undo();
    expect(riskIn(doc, id)).toMatchObject({ likelihood: 3, impact: 3 });
  });

  it('skips a risk deleted before the frame', () => {
    const doc = new Y.Doc();
    const frames = manualFrames();
    const rescorer = new EntityPatchWriter<Rating>(doc, null, frames.scheduler);
    rescorer.queue('gone', { likelihood: 1, impact: 1 });
    expect(() => frames.frame()).not.toThrow();
    expect(readPlan(doc).entities.size).toBe(0);
  });
});

describe('risk table order', () => {
  it('sorts by score, highest first, then by any column both ways', () => {
    const doc = new Y.Doc();
    const ward = idOf(createWorkstream(doc, { name: 'Ward pilot' }));
    const low = idOf(createRisk(doc, { title: 'Low', likelihood: 1, impact: 2, owner: 'Zara' }));
    const high = idOf(createRisk(doc, { title: 'High', likelihood: 5, impact: 4, owner: 'Amir', workstream: ward }));
    const mid = idOf(createRisk(doc, { title: 'Mid', likelihood: 3, impact: 3, owner: 'Mel' }));
    const plan = readPlan(doc);
    const ids = (sort: Parameters<typeof sortedRisks>[1]) => sortedRisks(plan, sort).map(([id]) => id);
    expect(ids({ key: 'score', descending: true })).toEqual([high, mid, low]);
    expect(ids(nextSort({ key: 'score', descending: true }, 'owner'))).toEqual([high, mid, low]);
    expect(ids({ key: 'owner', descending: true })).toEqual([low, mid, high]);
    expect(ids({ key: 'workstream', descending: true })[0]).toBe(high);
  });
});
