import type { Role } from '@roundtable/shared';
import { derivedToken, hashToken, newSecret, sameHash } from './tokens.ts';

/** What the catalog keeps about a board's links: hashes only, never a token. */
export interface StoredAccess {
  facilitator: { hash: string };
  editor: { hash: string; generation: number };
  viewer: { hash: string; generation: number };
}

export type RoleTokens = Record<Role, string>;

/** Fresh links for a new board, or for every role at once when the facilitator link is replaced. */
export function issueAccess(boardId: string, previous?: StoredAccess): { stored: StoredAccess; tokens: RoleTokens } {
  const facilitator = newSecret();
  const editorGeneration = (previous?.editor.generation ?? 0) + (previous ? 1 : 0);
  const viewerGeneration = (previous?.viewer.generation ?? 0) + (previous ? 1 : 0);
  const tokens: RoleTokens = {
    facilitator,
    editor: derivedToken(facilitator, boardId, 'editor', editorGeneration),
    viewer: derivedToken(facilitator, boardId, 'viewer', viewerGeneration),
  };
  const stored: StoredAccess = {
    facilitator: { hash: hashToken(tokens.facilitator) },
    editor: { hash: hashToken(tokens.editor), generation: editorGeneration },
    viewer: { hash: hashToken(tokens.viewer), generation: viewerGeneration },
  };
  return { stored, tokens };
}

/** Which role a token opens this board with, if any. */
export function roleOfToken(stored: StoredAccess, token: string): Role | undefined {
  const hash = hashToken(token);
  if (sameHash(hash, stored.facilitator.hash)) return 'facilitator';
  if (sameHash(hash, stored.editor.hash)) return 'editor';
  if (sameHash(hash, stored.viewer.hash)) return 'viewer';
  return undefined;
}

/** Every current token of a board, worked out from its facilitator token. */
export function tokensFor(stored: StoredAccess, boardId: string, facilitatorToken: string): RoleTokens {
  return {
    facilitator: facilitatorToken,
    editor: derivedToken(facilitatorToken, boardId, 'editor', stored.editor.generation),
    viewer: derivedToken(facilitatorToken, boardId, 'viewer', stored.viewer.generation),
  };
}

/** Replaces the editor or viewer link; the facilitator's token is needed to derive the new one. */
export function replaceLink(stored: StoredAccess, boardId: string, role: 'editor' | 'viewer', facilitatorToken: string): { stored: StoredAccess; tokens: RoleTokens } {
  const generation = stored[role].generation + 1;
  const token = derivedToken(facilitatorToken, boardId, role, generation);
  const next: StoredAccess = { ...stored, [role]: { hash: hashToken(token), generation } };
  return { stored: next, tokens: tokensFor(next, boardId, facilitatorToken) };
}
