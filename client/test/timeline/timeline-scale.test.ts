import { describe, expect, it } from 'vitest';
import { dayNumber } from '@roundtable/shared';
import { readableDate, ticks, timelineRange } from '../../src/views/timeline/timeline-scale.ts';

const day = dayNumber;

describe('timeline scale', () => {
  it('spans every item and today, with room either side', () => {
    const range = timelineRange([day('2026-03-01'), day('2026-04-10')], day('2026-02-01'), 'weeks');
    expect(range).toEqual({ start: day('2026-02-01') - 7, end: day('2026-04-10') + 7 });
  });

  it('marks Mondays at the weeks zoom', () => {
    const marks = ticks({ start: day('2026-03-01'), end: day('2026-03-16') }, 'weeks');
    expect(marks.map((tick) => tick.label)).toEqual(['2 Mar', '9 Mar', '16 Mar']);
    expect(marks[0]!.day).toBe(day('2026-03-02'));
  });

  it('marks the first of each month, and of each quarter', () => {
    const range = { start: day('2025-12-15'), end: day('2026-07-02') };
    expect(ticks(range, 'months').map((tick) => tick.label)).toEqual([
      'Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026', 'Jun 2026', 'Jul 2026',
    ]);
    expect(ticks(range, 'quarters').map((tick) => tick.label)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026']);
  });

  it('writes dates the way people say them', () => {
    expect(readableDate('2026-03-02')).toBe('2 Mar 2026');
  });
});
