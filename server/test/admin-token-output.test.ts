import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer } from './helpers/child-server.ts';
import { boardTokens, connectClient, whenSynced } from './helpers/clients.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-admin-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('prints the admin token on first start only, and never writes a link token to its log', async () => {
    const first = await startChildServer(dataDir, { LOG_LEVEL: 'info' });
    const adminToken = (await readFile(path.join(dataDir, 'admin-token'), 'utf8')).trim();
    const response = await fetch(`${first.baseUrl}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Logged' }),
    });
    const board = (await response.json()) as { id: string; tokens: { facilitator: string; editor: string; viewer: string } };
    boardTokens.set(board.id, board.tokens);
    const client = connectClient(first.wsUrl, board.id, { token: board.tokens.editor });
    await whenSynced(client);
    await fetch(`${first.baseUrl}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.tokens.viewer}` } });
    client.destroy();
    first.process.kill('SIGTERM');
    await first.exited;

    const output = first.output();
    expect(output).toContain(adminToken);
    expect(output).toContain('/sync/');
    for (const token of Object.values(board.tokens)) expect(output).not.toContain(token);

    const second = await startChildServer(dataDir, { LOG_LEVEL: 'info' });
    second.process.kill('SIGTERM');
    await second.exited;
    expect(second.output()).not.toContain(adminToken);
  });
});
