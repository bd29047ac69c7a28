import { describe, expect, it } from 'vitest';
import { activitySentence } from '../../src/activity/activity-text.ts';
import type { ActivityEntry } from '../../src/activity/activity-api.ts';

const entry = (action: ActivityEntry['action'], type: ActivityEntry['entity']['type'], name: string): ActivityEntry => ({
  at: '2026-01-01T10:00:00.000Z',
  who: 'Bob',
  role: 'editor',
  action,
  entity: { id: 'e1', type, name },
});

describe('activitySentence', () => {
  it('names the person, what they did and the card as it was called then', () => {
    expect(activitySentence(entry('added', 'risk', 'Workforce gaps'))).toBe('Bob added the risk “Workforce gaps”');
    expect(activitySentence(entry('removed', 'stakeholder', 'Chief Nurse'))).toBe('Bob removed the stakeholder “Chief Nurse”');
    expect(activitySentence(entry('changed', 'kpi', 'Waiting times'))).toBe('Bob changed the KPI “Waiting times”');
  });

  it('reads well for a card without a name', () => {
    expect(activitySentence(entry('added', 'note', ''))).toBe('Bob added a note');
    expect(activitySentence(entry('changed', 'activity', ''))).toBe('Bob changed an activity');
  });
});
