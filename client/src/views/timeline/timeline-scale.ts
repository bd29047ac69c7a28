import { isoFromDayNumber } from '@roundtable/shared';

export type Zoom = 'weeks' | 'months' | 'quarters';
export const ZOOMS: readonly Zoom[] = ['weeks', 'months', 'quarters'];
export const ZOOM_LABELS: Record<Zoom, string> = { weeks: 'Weeks', months: 'Months', quarters: 'Quarters' };
export const PX_PER_DAY: Record<Zoom, number> = { weeks: 24, months: 6, quarters: 2 };
const PADDING_DAYS: Record<Zoom, number> = { weeks: 7, months: 21, quarters: 45 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** First and last day shown, as day numbers (days since 1970-01-01). */
export interface DayRange {
  start: number;
  end: number;
}

export interface Tick {
  day: number;
  label: string;
}

/** Every dated item and today, with some room either side. */
export function timelineRange(days: readonly number[], today: number, zoom: Zoom): DayRange {
  const all = [...days, today];
  const pad = PADDING_DAYS[zoom];
  return { start: Math.min(...all) - pad, end: Math.max(...all) + pad };
}

function parts(day: number): { year: number; month: number; date: number } {
  const [year, month, date] = isoFromDayNumber(day).split('-').map(Number) as [number, number, number];
  return { year, month, date };
}

/** Axis marks: Mondays for weeks, the 1st of each month, the 1st of each quarter. */
export function ticks(range: DayRange, zoom: Zoom): Tick[] {
  const result: Tick[] = [];
  for (let day = range.start; day <= range.end; day++) {
    const { year, month, date } = parts(day);
    if (zoom === 'weeks') {
      // 1970-01-01 was a Thursday, so Mondays are the days with (day + 3) % 7 === 0.
      if ((((day + 3) % 7) + 7) % 7 === 0) result.push({ day, label: `${date} ${MONTHS[month - 1]}` });
    } else if (date === 1 && (zoom === 'months' || (month - 1) % 3 === 0)) {
      result.push({ day, label: zoom === 'months' ? `${MONTHS[month - 1]} ${year}` : `Q${(month + 2) / 3} ${year}` });
    }
  }
  return result;
}

/** "3 Mar 2026", for labels people read aloud in a workshop. */
export function readableDate(iso: string): string {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year}`;
}
