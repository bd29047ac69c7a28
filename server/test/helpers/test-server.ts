import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@roundtable/shared';
import { buildApp, type AppOptions } from '../../src/app.ts';
import { ADMIN_TOKEN_FILE } from '../../src/access/admin-token.ts';
import { boardTokens } from './clients.ts';

/** What `POST /api/boards` answers. */
export interface CreatedBoard {
  id: string;
  title: string;
  mode: string;
  role: Role;
  tokens: Record<Role, string>;
  links: Record<Role, string>;
}

export interface TestServer {
  app: FastifyInstance;
  baseUrl: string;
  wsUrl: string;
  dataDir: string;
  /** Creates a board and returns its id; its tokens are remembered (see `tokens`, and `connectClient`). */
  createBoard(title?: string): Promise<string>;
  /** The tokens of a board this test created. */
  tokens(boardId: string): Record<Role, string>;
  /** `/sync/:boardId?token=…` with the token of `role` (facilitator unless said), plus extra query parameters. */
  syncUrl(boardId: string, role?: Role, query?: Record<string, string>): string;
  /** An `Authorization` header for a board this test created. */
  auth(boardId: string, role?: Role): Record<string, string>;
  /** The operator's admin token, read from DATA_DIR as an operator would. */
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

/** A real server on a free loopback port with its own data directory. */
export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'roundtable-test-')));
  const app = await buildApp({ unloadGraceMs: 50, ...options, dataDir });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = address.replace('localhost', '127.0.0.1');
  const tokensOf = (boardId: string): Record<Role, string> => {
    const tokens = boardTokens.get(boardId);
    if (!tokens) throw new Error(`no tokens known for board ${boardId}`);
    return tokens;
  };
  return {
    app,
    baseUrl,
    wsUrl: baseUrl.replace(/^http/, 'ws') + '/sync',
    dataDir,
    async createBoard(title = 'Test board') {
      const response = await fetch(`${baseUrl}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
      if (response.status !== 201) throw new Error(`create board failed: ${response.status} ${await response.text()}`);
      const board = (await response.json()) as CreatedBoard;
      boardTokens.set(board.id, board.tokens);
      return board.id;
    },
    tokens: tokensOf,
    syncUrl(boardId, role = 'facilitator', query = {}) {
      const params = new URLSearchParams({ token: tokensOf(boardId)[role], ...query });
      return `${baseUrl.replace(/^http/, 'ws')}/sync/${boardId}?${params}`;
    },
    auth(boardId, role = 'facilitator') {
      return { authorization: `Bearer ${tokensOf(boardId)[role]}` };
    },
    async adminToken() {
      return (await readFile(path.join(dataDir, ADMIN_TOKEN_FILE), 'utf8')).trim();
    },
    async close() {
      await app.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
