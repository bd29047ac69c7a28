import { describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared';
import { useServer } from './helpers/use-server.ts';
import * as Y from 'yjs';
import { eventually, openRaw, within } from './helpers/clients.ts';
import { entityUpdate, SYNC_STEP_1, SYNC_UPDATE, syncMessage } from './helpers/wire.ts';
import { boardLeftUnloaded } from './helpers/stored-board.ts';

// Never quiet and no deadline: a room answered from storage is built only when something needs it.
const t = useServer({ unloadGraceMs: 0, idleBuilds: { quietBelow: 0, maxWaitMs: 600_000 } });

/** Boards whose rooms have finished loading (built and brought up to date), from /metrics. */
async function boardLoads(): Promise<number> {
  const text = await (await fetch(`${t.server.baseUrl}/metrics`)).text();
  const match = /^roundtable_board_load_seconds_count (\d+)$/m.exec(text);
  if (!match) throw new Error('no roundtable_board_load_seconds_count in /metrics');
  return Number(match[1]);
}

describe('the room of a board whose newcomers were answered from storage', () => {
  it('is not built while its clients only read, and is built the moment one of them changes the board', async () => {
    const boardId = await boardLeftUnloaded(t, 20);
    const loadsBefore = await boardLoads();
    const reader = await t.join(boardId);
    expect(reader.doc.getMap('entities').size).toBe(20);
    // The reader's presence (awareness) waits for the room too; it does not make the room build.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await boardLoads()).toBe(loadsBefore);

    const other = await t.join(boardId);
    reader.doc.getMap('entities').set('added', 'by the reader');
    await eventually(() => other.doc.getMap('entities').get('added') === 'by the reader', 5000, 'the change to reach the other client');
    expect(await boardLoads()).toBe(loadsBefore + 1);
  });

  it('is built at once when a client sends a change straight after its answer from storage', async () => {
    const boardId = await boardLeftUnloaded(t, 4);
    const watcher = await t.join(boardId);
    const raw = openRaw(t.server.syncUrl(boardId));
    await raw.opened;
    raw.socket.send(syncMessage(SYNC_STEP_1, Y.encodeStateVector(new Y.Doc())));
    await eventually(() => raw.messages.length >= 1, 5000, 'the answer from storage');
    raw.socket.send(syncMessage(SYNC_UPDATE, entityUpdate('sent-at-once')));
    await eventually(() => watcher.doc.getMap('entities').has('sent-at-once'), 5000, 'the change to reach the other client');
    raw.socket.close();
  });

  it('is built at once for the server’s own use of the board (an export)', async () => {
    const boardId = await boardLeftUnloaded(t, 7);
    await t.join(boardId);
    const response = await within(
      fetch(`${t.server.baseUrl}/api/boards/${boardId}/export/board.json`, { headers: t.server.auth(boardId) }),
      5000,
      'the export',
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('"e6"');
  });

  it('closes its clients when the server stops, as a loaded room would', async () => {
    const boardId = await boardLeftUnloaded(t, 3);
    const raw = openRaw(t.server.syncUrl(boardId));
    await raw.opened;
    raw.socket.send(syncMessage(SYNC_STEP_1, Y.encodeStateVector(new Y.Doc())));
    await eventually(() => raw.messages.length >= 1, 5000, 'the answer from storage');
    await within(t.server.app.close(), 5000, 'the server to stop');
    expect((await within(raw.closed, 5000, 'the client’s socket to close')).code).toBe(CloseCode.goingAway);
  });
});
