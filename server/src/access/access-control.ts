import type { FastifyRequest } from 'fastify';
import { hasRole, type Role } from '@roundtable/shared';
import type { BoardRecord, Catalog } from '../catalog/catalog.ts';
import { forbidden, notFound, unauthorized } from '../http/errors.ts';
import { roleOfToken } from './board-access.ts';
import { hashToken, MAX_TOKEN_LENGTH, sameHash } from './tokens.ts';

/** Who a request or connection is on one board. The admin acts as a facilitator on every board. */
export interface Credential {
  role: Role;
  admin: boolean;
}

const WHO_MAY: Record<Role, string> = { facilitator: 'a facilitator', editor: 'editors and facilitators', viewer: 'anyone with a link' };
const LINK_FOR: Record<Role, string> = { facilitator: 'a facilitator', editor: 'an editor', viewer: 'a viewer' };

/** Checks link tokens and the admin token against the catalog's hashes. */
export class AccessControl {
  private readonly adminHash: string;

  constructor(
    readonly catalog: Catalog,
    adminToken: string,
  ) {
    this.adminHash = hashToken(adminToken);
  }

  isAdmin(token: string | undefined): boolean {
    return usable(token) && sameHash(hashToken(token), this.adminHash);
  }

  /** The credential a token carries on a board, or undefined when it opens nothing there. */
  credentialFor(board: BoardRecord, token: string | undefined): Credential | undefined {
    if (!usable(token)) return undefined;
    if (this.isAdmin(token)) return { role: 'facilitator', admin: true };
    const role = board.access ? roleOfToken(board.access, token) : undefined;
    return role ? { role, admin: false } : undefined;
  }

  /**
   * The board and the caller's credential for an `/api/boards/:id…` request, or the HTTP error to answer:
   * 401 without a token or with one that does not open this board, 404 for no such board, 403 for too low a role.
   */
  authorize(request: FastifyRequest, boardId: string, minimum: Role, action: string): { board: BoardRecord; credential: Credential } {
    const token = bearerToken(request);
    if (token === undefined) throw unauthorized('This board needs a link: send its token as "Authorization: Bearer <token>".');
    const board = this.catalog.get(boardId);
    if (!board) throw notFound('Board');
    const credential = this.credentialFor(board, token);
    if (!credential) throw unauthorized('This link does not open this board; it may have been replaced. Ask the facilitator for a new one.');
    if (!hasRole(credential.role, minimum)) throw forbidden(`Only ${WHO_MAY[minimum]} can ${action}; this link is for ${LINK_FOR[credential.role]}.`);
    return { board, credential };
  }
}

function usable(token: string | undefined): token is string {
  return typeof token === 'string' && token.length > 0 && token.length <= MAX_TOKEN_LENGTH;
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}
