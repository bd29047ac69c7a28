import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
let clientDir: string;

beforeAll(async () => {
  clientDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-client-'));
  await mkdir(path.join(clientDir, 'assets'));
  await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>app shell</title>');
  await writeFile(path.join(clientDir, 'assets', 'app-1.js'), 'console.log(1)');
  server = await startTestServer({ clientDir });
});
afterAll(async () => {
  await server.close();
});

describe('serving the built client', () => {
  it('serves index.html at / and for deep links to boards', async () => {
    for (const url of ['/', '/b/AbCdEfGhIjKlMnOpQrSt_-']) {
      const response = await fetch(server.baseUrl + url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('app shell');
    }
  });

  it('serves assets, including ones written after the server started (a rebuilt client)', async () => {
    expect(await (await fetch(`${server.baseUrl}/assets/app-1.js`)).text()).toBe('console.log(1)');
    await writeFile(path.join(clientDir, 'assets', 'app-2.js'), 'console.log(2)');
    expect(await (await fetch(`${server.baseUrl}/assets/app-2.js`)).text()).toBe('console.log(2)');
  });

  it('answers a missing asset or API route with a JSON 404, not the app shell', async () => {
    for (const url of ['/assets/gone.js', '/api/nothing']) {
      const response = await fetch(server.baseUrl + url);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});
