import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_LEVELS, engagementGap, HIGH_THRESHOLD, QUADRANT_LABELS, stakeholderQuadrant } from '../../src/index.ts';

describe('stakeholder map', () => {
  it('places stakeholders in the four quadrants, with 5 and above counting as high', () => {
    expect(stakeholderQuadrant({ power: 9, interest: 8 })).toBe('manage-closely');
    expect(stakeholderQuadrant({ power: 9, interest: 2 })).toBe('keep-satisfied');
    expect(stakeholderQuadrant({ power: 1, interest: 8 })).toBe('keep-informed');
    expect(stakeholderQuadrant({ power: 1, interest: 2 })).toBe('monitor');
    expect(stakeholderQuadrant({ power: 5, interest: 5 })).toBe('manage-closely');
    expect(stakeholderQuadrant({ power: 4.9, interest: 4.9 })).toBe('monitor');
    expect(QUADRANT_LABELS['keep-satisfied']).toBe('Keep satisfied');
  });

  it('raising power or interest never moves a stakeholder to a lower-attention quadrant', () => {
    const attention = { monitor: 0, 'keep-informed': 1, 'keep-satisfied': 1, 'manage-closely': 2 } as const;
    const scale = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(scale, scale, scale, (power, interest, more) => {
        const before = attention[stakeholderQuadrant({ power, interest })];
        expect(attention[stakeholderQuadrant({ power: Math.min(10, power + more), interest })]).toBeGreaterThanOrEqual(before);
        expect(attention[stakeholderQuadrant({ power, interest: Math.min(10, interest + more) })]).toBeGreaterThanOrEqual(before);
        expect(stakeholderQuadrant({ power, interest }).startsWith('manage') || stakeholderQuadrant({ power, interest }) === 'keep-satisfied').toBe(power >= HIGH_THRESHOLD);
      }),
      { numRuns: 200 },
    );
  });

  it('counts the engagement gap in steps from current to desired: positive needs more engagement', () => {
    expect(engagementGap({ currentEngagement: 'inform', desiredEngagement: 'collaborate' })).toBe(3);
    expect(engagementGap({ currentEngagement: 'involve', desiredEngagement: 'involve' })).toBe(0);
    expect(engagementGap({ currentEngagement: 'empower', desiredEngagement: 'consult' })).toBe(-3);
    const level = fc.constantFrom(...ENGAGEMENT_LEVELS);
    fc.assert(
      fc.property(level, level, (a, b) => {
        const there = engagementGap({ currentEngagement: a, desiredEngagement: b });
        expect(there + engagementGap({ currentEngagement: b, desiredEngagement: a })).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});
