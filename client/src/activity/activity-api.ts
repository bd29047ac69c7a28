import type { EntityType, Role } from '@roundtable/shared';
import { request } from '../api.ts';

/** One line of the board's activity feed, as the server records it (see docs/facilitation.md). */
export interface ActivityEntry {
  at: string;
  who: string;
  /** null when Roundtable itself made the change (an import, a restore, recorded votes). */
  role: Role | null;
  action: 'added' | 'changed' | 'removed';
  entity: { id: string; type: EntityType; name: string };
}

/** Newest first. */
export async function listActivity(boardId: string, token: string, limit = 100): Promise<ActivityEntry[]> {
  return (await request<{ entries: ActivityEntry[] }>('GET', `/api/boards/${encodeURIComponent(boardId)}/activity?limit=${limit}`, token)).entries;
}
