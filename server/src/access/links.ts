import type { FastifyRequest } from 'fastify';
import { ROLES, type Role } from '@roundtable/shared';
import type { RoleTokens } from './board-access.ts';

/** The origin links point at: PUBLIC_URL when set, otherwise the address the request came to. */
export type LinkBase = (request: FastifyRequest) => string;

export function linkBaseFrom(publicUrl: string | undefined): LinkBase {
  if (publicUrl) {
    const fixed = publicUrl.replace(/\/+$/, '');
    return () => fixed;
  }
  return (request) => `${request.protocol}://${request.host}`;
}

/**
 * The address that opens a board with one role. The token sits after `#`, so browsers never send it to the
 * server in a page request or a Referer header; the app reads it and keeps it on the device.
 */
export const boardLink = (base: string, boardId: string, token: string): string => `${base}/b/${boardId}#token=${token}`;

export function linksFor(base: string, boardId: string, tokens: RoleTokens): Record<Role, string> {
  return Object.fromEntries(ROLES.map((role) => [role, boardLink(base, boardId, tokens[role])])) as Record<Role, string>;
}
