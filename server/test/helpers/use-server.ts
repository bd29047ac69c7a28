import { afterEach, beforeEach } from 'vitest';
import type { AppOptions } from '../../src/app.ts';
import { startTestServer, type TestServer } from './test-server.ts';
import { connectClient, whenSynced, type SyncedClient } from './clients.ts';

/** A fresh real server for each test of a file, and the clients to tear down with it. */
export interface ServerUnderTest {
  readonly server: TestServer;
  readonly clients: SyncedClient[];
  /** Connects a client (as facilitator unless `params.token` says otherwise), waits until it is synced, tracks it. */
  join(boardId: string, params?: Record<string, string>): Promise<SyncedClient>;
}

export function useServer(options: Partial<AppOptions> = {}): ServerUnderTest {
  let server: TestServer | undefined;
  const clients: SyncedClient[] = [];
  beforeEach(async () => {
    server = await startTestServer(options);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the server starts before each test');
      return server;
    },
    clients,
    async join(boardId, params) {
      const client = connectClient(this.server.wsUrl, boardId, params);
      clients.push(client);
      await whenSynced(client);
      return client;
    },
  };
}
