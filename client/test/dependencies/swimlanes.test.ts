import { describe, expect, it } from 'vitest';
import { ROW_GAP } from '../../src/views/dependencies/auto-place.ts';
import { swimlanePlaces } from '../../src/views/dependencies/swimlanes.ts';
import { programme } from './helpers.ts';

describe('swimlanes', () => {
  it('bands cards by workstream, in name order, keeping their horizontal places and stacking overlaps', () => {
    const p = programme();
    const ids = [p.engagement, p.pilot, p.survey, p.review, p.build, p.side];
    const places = new Map(ids.map((id, i) => [id, { x: i === 5 ? 0 : i * 300, y: 999 }]));
    const { places: laid, lanes } = swimlanePlaces(ids, places, p.plan(), 'workstream');
    expect(lanes.map((lane) => lane.label)).toEqual(['Engagement', 'Pilot']);
    const engagement = lanes[0]!;
    for (const id of [p.engagement, p.survey, p.review, p.side]) {
      expect(laid.get(id)!.y).toBeGreaterThanOrEqual(engagement.top);
      expect(laid.get(id)!.y).toBeLessThan(engagement.top + engagement.height);
      expect(laid.get(id)!.x).toBe(places.get(id)!.x);
    }
    // The leaflets card sits at the workstream card's x: it goes on a second row.
    expect(laid.get(p.side)!.y - laid.get(p.engagement)!.y).toBe(ROW_GAP);
    expect(laid.get(p.build)!.y).toBeGreaterThanOrEqual(lanes[1]!.top);
  });

  it('bands cards by owning organisation, with work of unknown ownership last', () => {
    const p = programme();
    const ids = [p.survey, p.build];
    const places = new Map(ids.map((id, i) => [id, { x: i * 300, y: 0 }]));
    const { lanes } = swimlanePlaces([...ids, 'missing'], places, p.plan(), 'organisation');
    expect(lanes.map((lane) => lane.label)).toEqual(['Northshire Council', 'Riverside NHS Trust']);
  });
});
