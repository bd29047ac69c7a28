import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@roundtable/server/app';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

/** The real server serving the built client, which can be stopped and started again on the same port. */
export class AppServer {
  private app: FastifyInstance | undefined;
  private port = 0;

  private constructor(readonly dataDir: string) {}

  static async start(): Promise<AppServer> {
    const server = new AppServer(await mkdtemp(path.join(os.tmpdir(), 'roundtable-e2e-')));
    await server.restart();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The operator's admin token, from DATA_DIR as an operator would read it. */
  async adminToken(): Promise<string> {
    return (await readFile(path.join(this.dataDir, 'admin-token'), 'utf8')).trim();
  }

  async stop(): Promise<void> {
    await this.app?.close();
    this.app = undefined;
  }

  async restart(): Promise<void> {
    await this.stop();
    this.app = await buildApp({ dataDir: this.dataDir, clientDir, unloadGraceMs: 200 });
    await this.app.listen({ port: this.port, host: '127.0.0.1' });
    const address = this.app.server.address();
    if (address && typeof address === 'object') this.port = address.port;
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
