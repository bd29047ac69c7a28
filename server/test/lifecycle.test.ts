import { describe, expect, it } from 'vitest';
import { useServer } from './helpers/use-server.ts';
import { eventually, openRaw } from './helpers/clients.ts';
import { entityUpdate, SYNC_UPDATE, syncMessage } from './helpers/wire.ts';

const t = useServer({ unloadGraceMs: 0 });
const { clients } = t;

const loadedRooms = async () => ((await (await fetch(`${t.server.baseUrl}/healthz`)).json()) as { rooms: number }).rooms;
const join = (boardId: string) => t.join(boardId);

describe('room lifecycle', () => {
  it('serves a client that reconnects while its room is being saved and unloaded, 30 times over, losing nothing', async () => {
    const boardId = await t.server.createBoard('Reconnecting');
    for (let round = 0; round < 30; round++) {
      const client = await join(boardId);
      expect(client.doc.getMap('entities').size).toBe(round);
      client.doc.getMap('entities').set(`round-${round}`, round);
      await new Promise((resolve) => setTimeout(resolve, 20));
      client.destroy();
      clients.splice(clients.indexOf(client), 1);
      // The room starts unloading at once (no grace); the next round connects a moment later, often mid-save.
      await new Promise((resolve) => setTimeout(resolve, round % 5));
    }
    const last = await join(boardId);
    expect(Object.keys(last.doc.getMap('entities').toJSON()).length).toBe(30);
  });

  it('loads a cold board once for 60 clients joining at the same moment, and gives them all the same board', async () => {
    const boardId = await t.server.createBoard('Cold start');
    const first = await join(boardId);
    first.doc.getMap('entities').set('written-before', 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    first.destroy();
    clients.splice(0);
    const deadline = Date.now() + 5000;
    while ((await loadedRooms()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await loadedRooms()).toBe(0);

    const crowd = await Promise.all(Array.from({ length: 60 }, () => join(boardId)));
    expect(crowd.every((client) => client.doc.getMap('entities').get('written-before') === 1)).toBe(true);
    expect(await loadedRooms()).toBe(1);
    crowd[0]!.doc.getMap('entities').set('from-the-crowd', 1);
    await eventually(() => crowd.every((client) => client.doc.getMap('entities').has('from-the-crowd')), 5000, 'an edit to reach all 60');
  });

  it('keeps the edits of a client that sends them and leaves while the board is still loading', async () => {
    const boardId = await t.server.createBoard('Quick visit');
    expect(await loadedRooms()).toBe(0);
    for (let visit = 0; visit < 10; visit++) {
      const raw = openRaw(t.server.syncUrl(boardId));
      await raw.opened;
      raw.socket.send(syncMessage(SYNC_UPDATE, entityUpdate(`visit-${visit}`)));
      raw.socket.close();
      await raw.closed;
    }
    const reader = await join(boardId);
    await eventually(() => reader.doc.getMap('entities').size === 10, 3000, 'all ten visits’ edits');
  });
});
