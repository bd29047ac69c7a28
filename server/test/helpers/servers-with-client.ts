import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

/**
 * Real servers serving a small stand-in for the built client (an app page and one script file), started per test
 * with `start` and closed after it.
 */
export function useServersWithClient(): (options?: Parameters<typeof startTestServer>[0]) => Promise<TestServer> {
  let clientDir: string;
  const servers: TestServer[] = [];
  beforeAll(async () => {
    clientDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-client-'));
    await mkdir(path.join(clientDir, 'assets'));
    await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>app shell</title><script type="module" src="/assets/app.js"></script>');
    await writeFile(path.join(clientDir, 'assets', 'app.js'), 'console.log(1)');
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });
  afterAll(async () => {
    await rm(clientDir, { recursive: true, force: true });
  });

  return async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
    const server = await startTestServer({ clientDir, ...options });
    servers.push(server);
    return server;
  };
}
