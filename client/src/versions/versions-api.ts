import type { BoardDiff, BoardJson } from '@roundtable/shared';
import { request, type CreatedBoard } from '../api.ts';

/** A saved version as the list shows it (see docs/versions.md). */
export interface VersionSummary {
  id: string;
  name: string;
  kind: 'manual' | 'auto';
  createdAt: string;
  createdBy: string | null;
  entities: number;
}

/** A version id, or "current" for the board as it is now. */
export type DiffSide = string;

const versionsPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`;

export async function listVersions(boardId: string, token: string): Promise<VersionSummary[]> {
  return (await request<{ versions: VersionSummary[] }>('GET', versionsPath(boardId), token)).versions;
}

export const saveVersion = (boardId: string, token: string, name: string, by: string | null): Promise<VersionSummary> =>
  request('POST', versionsPath(boardId), token, by ? { name, by } : { name });

/** A version's content in the board.json form. */
export const getVersion = (boardId: string, token: string, versionId: string): Promise<BoardJson> =>
  request('GET', `${versionsPath(boardId)}/${encodeURIComponent(versionId)}`, token);

export const diffVersions = (boardId: string, token: string, from: DiffSide, to: DiffSide): Promise<BoardDiff> =>
  request('GET', `${versionsPath(boardId)}/diff?${new URLSearchParams({ from, to })}`, token);

export const restoreAsNewBoard = (boardId: string, token: string, versionId: string): Promise<CreatedBoard> =>
  request('POST', `${versionsPath(boardId)}/${encodeURIComponent(versionId)}/restore`, token, { into: 'new' });

export const restoreOntoBoard = (boardId: string, token: string, versionId: string): Promise<{ restored: VersionSummary }> =>
  request('POST', `${versionsPath(boardId)}/${encodeURIComponent(versionId)}/restore`, token, { into: 'this' });
