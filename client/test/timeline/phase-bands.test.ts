import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createActivity, createMilestone, createWorkstream, dayNumber, readPlan } from '@roundtable/shared';
import { phaseBands } from '../../src/views/timeline/phase-bands.ts';
import { timelineGroups } from '../../src/views/timeline/timeline-rows.ts';
import { idOf } from '../dependencies/helpers.ts';

describe('phase bands', () => {
  it('spans each phase from the first to the last dated work of its workstreams, in programme order', () => {
    const doc = new Y.Doc();
    const pilot = idOf(createWorkstream(doc, { name: 'Pilot', phase: 'trial' }));
    const setUp = idOf(createWorkstream(doc, { name: 'Governance', phase: 'set-up' }));
    idOf(createWorkstream(doc, { name: 'Design work', phase: 'design' }));
    createActivity(doc, { title: 'Recruit sites', workstream: pilot, start: '2027-02-02', end: '2027-02-20' });
    createMilestone(doc, { title: 'Pilot starts', workstream: pilot, due: '2027-02-01' });
    createActivity(doc, { title: 'Terms of reference', workstream: setUp, start: '2027-01-01', end: '2027-01-10' });
    createMilestone(doc, { title: 'Undated', workstream: setUp });

    const bands = phaseBands(timelineGroups(readPlan(doc)).groups);
    expect(bands.map((b) => [b.label, b.start, b.finish])).toEqual([
      ['Set up phase', dayNumber('2027-01-01'), expect.any(Number)],
      ['Trial phase', dayNumber('2027-02-01'), expect.any(Number)],
    ]);
    expect(bands[0]!.finish).toBeGreaterThanOrEqual(dayNumber('2027-01-10'));
    expect(bands[0]!.finish).toBeLessThan(dayNumber('2027-02-01'));
    expect(bands[1]!.finish).toBeGreaterThanOrEqual(dayNumber('2027-02-20'));
  });
});
