import { ENGAGEMENT_LEVELS, type Stakeholder } from '../entities/stakeholder.ts';

/**
 * Steps on the inform → empower scale between how a stakeholder is engaged now and how we want them to be:
 * positive means they need more engagement, negative less, 0 none. Ranges from −4 to 4.
 */
export function engagementGap(stakeholder: Pick<Stakeholder, 'currentEngagement' | 'desiredEngagement'>): number {
  return ENGAGEMENT_LEVELS.indexOf(stakeholder.desiredEngagement) - ENGAGEMENT_LEVELS.indexOf(stakeholder.currentEngagement);
}
