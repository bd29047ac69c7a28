/** Power and interest run from 0 to 10; the map shows interest across (left to right) and power up. */
export const SCALE_MAX = 10;

export interface Rating {
  power: number;
  interest: number;
}

/** Where a rating sits in the plot, as fractions of its width (x) and height (y, from the top). */
export function ratingToFraction(rating: Rating): { x: number; y: number } {
  return { x: clampScale(rating.interest) / SCALE_MAX, y: 1 - clampScale(rating.power) / SCALE_MAX };
}

/** The rating at a point of the plot (fractions of its size), clamped to the scale and rounded to a tenth. */
export function fractionToRating(x: number, y: number): Rating {
  return { power: roundTenth(clampScale((1 - y) * SCALE_MAX)), interest: roundTenth(clampScale(x * SCALE_MAX)) };
}

/** Arrow keys move a card: up and down change power, left and right interest. */
export function nudge(rating: Rating, key: string, step: number): Rating | null {
  const moves: Record<string, Partial<Rating>> = {
    ArrowUp: { power: rating.power + step },
    ArrowDown: { power: rating.power - step },
    ArrowRight: { interest: rating.interest + step },
    ArrowLeft: { interest: rating.interest - step },
  };
  const move = moves[key];
  if (!move) return null;
  const next = { ...rating, ...move };
  return { power: roundTenth(clampScale(next.power)), interest: roundTenth(clampScale(next.interest)) };
}

export function clampScale(value: number): number {
  return Math.min(SCALE_MAX, Math.max(0, value));
}

const roundTenth = (value: number) => Math.round(value * 10) / 10;
