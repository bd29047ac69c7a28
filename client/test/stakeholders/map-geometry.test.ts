import { describe, expect, it } from 'vitest';
import { fractionToRating, nudge, ratingToFraction } from '../../src/views/stakeholders/map-geometry.ts';

describe('stakeholder map geometry', () => {
  it('puts high interest to the right and high power at the top', () => {
    expect(ratingToFraction({ power: 10, interest: 10 })).toEqual({ x: 1, y: 0 });
    expect(ratingToFraction({ power: 0, interest: 0 })).toEqual({ x: 0, y: 1 });
    expect(ratingToFraction({ power: 5, interest: 5 })).toEqual({ x: 0.5, y: 0.5 });
  });

  it('turns a place on the plot back into a rating, clamped to 0–10 and rounded to a tenth', () => {
    expect(fractionToRating(0.25, 0.25)).toEqual({ power: 7.5, interest: 2.5 });
    expect(fractionToRating(-0.3, 1.4)).toEqual({ power: 0, interest: 0 });
    expect(fractionToRating(1.2, -0.1)).toEqual({ power: 10, interest: 10 });
    expect(fractionToRating(0.333333, 0.5)).toEqual({ power: 5, interest: 3.3 });
  });

  it('nudges power with up and down and interest with left and right, staying on the scale', () => {
    const rating = { power: 5, interest: 9.8 };
    expect(nudge(rating, 'ArrowUp', 1)).toEqual({ power: 6, interest: 9.8 });
    expect(nudge(rating, 'ArrowDown', 0.5)).toEqual({ power: 4.5, interest: 9.8 });
    expect(nudge(rating, 'ArrowRight', 1)).toEqual({ power: 5, interest: 10 });
    expect(nudge({ power: 0.3, interest: 0 }, 'ArrowDown', 1)).toEqual({ power: 0, interest: 0 });
    expect(nudge(rating, 'Enter', 1)).toBeNull();
  });
});
