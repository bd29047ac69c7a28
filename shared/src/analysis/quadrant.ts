import type { Stakeholder } from '../entities/stakeholder.ts';

/** The four places on the power × interest map, with the way to engage each. */
export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'manage-closely': 'Manage closely',
  'keep-satisfied': 'Keep satisfied',
  'keep-informed': 'Keep informed',
  monitor: 'Monitor',
};

/**
 * Power or interest at or above this counts as high. The midpoint of 0–10 counts as high so that an
 * unrated stakeholder (5, 5) is treated as one to manage closely until someone says otherwise.
 */
export const HIGH_THRESHOLD = 5;

export function stakeholderQuadrant(stakeholder: Pick<Stakeholder, 'power' | 'interest'>): Quadrant {
  const highPower = stakeholder.power >= HIGH_THRESHOLD;
  const highInterest = stakeholder.interest >= HIGH_THRESHOLD;
  if (highPower) return highInterest ? 'manage-closely' : 'keep-satisfied';
  return highInterest ? 'keep-informed' : 'monitor';
}
