import { entityDefinition } from '@roundtable/shared';
import type { ActivityEntry } from './activity-api.ts';

/** "risk", "stakeholder", but "KPI". */
function typeWord(type: string): string {
  const label = entityDefinition(type)?.label ?? 'card';
  return label === label.toUpperCase() ? label : label.toLowerCase();
}

/** "Bob added the risk “Workforce gaps”"; an unnamed one reads "Bob added a note". */
export function activitySentence({ who, action, entity }: ActivityEntry): string {
  const word = typeWord(entity.type);
  if (!entity.name) return `${who} ${action} ${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
  return `${who} ${action} the ${word} “${entity.name}”`;
}
