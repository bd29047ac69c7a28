import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.ts';
import { connectClient, eventually, whenSynced } from './helpers/clients.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const rename = (id: string, title: string) =>
  fetch(`${server.baseUrl}/api/boards/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', ...server.auth(id) },
    body: JSON.stringify({ title }),
  });

describe('board title', () => {
  it('reaches everyone on the board the moment it is renamed', async () => {
    const id = await server.createBoard('Old name');
    const client = connectClient(server.wsUrl, id);
    await whenSynced(client);
    expect(client.doc.getMap('meta').get('title')).toBe('Old name');
    expect((await rename(id, 'New name')).status).toBe(200);
    await eventually(() => client.doc.getMap('meta').get('title') === 'New name');
    client.destroy();
  });

  it('is brought up to date in the document when a board renamed while closed is next opened', async () => {
    const id = await server.createBoard('Before');
    expect((await rename(id, 'After')).status).toBe(200);
    const client = connectClient(server.wsUrl, id);
    await whenSynced(client);
    await eventually(() => client.doc.getMap('meta').get('title') === 'After');
    client.destroy();
  });
});
