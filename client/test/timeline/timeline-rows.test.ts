import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createActivity, createMilestone, createWorkstream, readPlan } from '@roundtable/shared';
import { HEADER_HEIGHT, ROW_HEIGHT, rowPositions, timelineGroups } from '../../src/views/timeline/timeline-rows.ts';
import { idOf } from '../dependencies/helpers.ts';

function board() {
  const doc = new Y.Doc();
  const pilot = idOf(createWorkstream(doc, { name: 'Pilot', phase: 'trial' }));
  const engagement = idOf(createWorkstream(doc, { name: 'Stakeholder engagement', phase: 'design' }));
  const late = idOf(createActivity(doc, { title: 'Survey', workstream: engagement, start: '2026-03-01', end: '2026-03-20' }));
  const early = idOf(createMilestone(doc, { title: 'Kick-off', workstream: engagement, due: '2026-02-01' }));
  const loose = idOf(createActivity(doc, { title: 'Budget', start: '2026-01-01', end: '2026-01-02' }));
  const undated = idOf(createMilestone(doc, { title: 'Go live', workstream: pilot }));
  return { plan: readPlan(doc), pilot, engagement, late, early, loose, undated };
}

describe('timeline rows', () => {
  it('groups dated work by workstream in programme-phase order, each in date order, with the phase, and loose work last', () => {
    const b = board();
    const { groups, undated } = timelineGroups(b.plan);
    expect(groups.map((group) => [group.label, group.phase])).toEqual([
      ['Stakeholder engagement', 'Design phase'], ['Pilot', 'Trial phase'], ['No workstream', null],
    ]);
    expect(groups[0]!.items.map((item) => item.id)).toEqual([b.early, b.late]);
    expect(groups[1]!.items).toEqual([]);
    expect(groups[2]!.items.map((item) => item.id)).toEqual([b.loose]);
    expect(undated).toEqual([{ id: b.undated, name: 'Go live' }]);
  });

  it('gives every group a header row and every item its own row', () => {
    const { groups } = timelineGroups(board().plan);
    const rows = rowPositions(groups, 40);
    const b = groups[0]!.items;
    expect(rows.headers.get(groups[0]!.key)).toBe(40);
    expect(rows.items.get(b[0]!.id)).toBe(40 + HEADER_HEIGHT + ROW_HEIGHT / 2);
    expect(rows.items.get(b[1]!.id)).toBe(40 + HEADER_HEIGHT + ROW_HEIGHT * 1.5);
    expect(rows.height).toBe(40 + 3 * HEADER_HEIGHT + 3 * ROW_HEIGHT);
  });
});
