import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.ts';

export interface TestServer {
  app: FastifyInstance;
  baseUrl: string;
  wsUrl: string;
  dataDir: string;
  createBoard(title?: string): Promise<string>;
  close(): Promise<void>;
}

/** A real server on a free loopback port with its own data directory. */
export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'roundtable-test-')));
  const app = await buildApp({ unloadGraceMs: 50, ...options, dataDir });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = address.replace('localhost', '127.0.0.1');
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
      return ((await response.json()) as { id: string }).id;
    },
    async close() {
      await app.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
