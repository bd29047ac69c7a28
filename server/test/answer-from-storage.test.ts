import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerFromStorage } from '../src/sync/answer-from-storage.ts';
import { useServer } from './helpers/use-server.ts';
import { eventually, openRaw } from './helpers/clients.ts';
import { boardLeftUnloaded, replay } from './helpers/stored-board.ts';
import { SYNC_STEP_1, SYNC_STEP_2, syncMessage } from './helpers/wire.ts';

const t = useServer({ unloadGraceMs: 0 });

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

describe('a newcomer to a board that is not loaded', () => {
  it('is sent the board as stored before the room is even ready (its first message is the answer)', async () => {
    const boardId = await boardLeftUnloaded(t, 20);
    const raw = openRaw(t.server.syncUrl(boardId));
    await raw.opened;
    raw.socket.send(syncMessage(SYNC_STEP_1, EMPTY_STATE_VECTOR));
    await eventually(() => raw.messages.length >= 2, 5000, 'the answer and the room’s step 1');
    const doc = new Y.Doc();
    const steps = replay(raw.messages, doc);
    // The room's own sync step 1 comes only once it has loaded: the answer came first.
    expect(steps[0]).toBe(SYNC_STEP_2);
    expect(steps).toContain(SYNC_STEP_1);
    expect(doc.getMap('entities').size).toBe(20);
    raw.socket.close();
  });

  it('also gets what changed while the board loaded (a title renamed while it was closed)', async () => {
    const boardId = await boardLeftUnloaded(t, 5);
    const renamed = await fetch(`${t.server.baseUrl}/api/boards/${boardId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...t.server.auth(boardId) },
      body: JSON.stringify({ title: 'Renamed while closed' }),
    });
    expect(renamed.status).toBe(200);
    const raw = openRaw(t.server.syncUrl(boardId));
    await raw.opened;
    raw.socket.send(syncMessage(SYNC_STEP_1, EMPTY_STATE_VECTOR));
    await eventually(() => {
      const doc = new Y.Doc();
      replay(raw.messages, doc);
      return doc.getMap('meta').get('title') === 'Renamed while closed' && doc.getMap('entities').size === 5;
    }, 5000, 'the renamed title and the stored cards');
    raw.socket.close();
  });

  it('leaves a client that already holds part of the board to the room, which answers what it lacks', () => {
    const stored = new Y.Doc();
    stored.getMap('entities').set('a', 1);
    const snapshot = Y.encodeStateAsUpdate(stored);
    const sent: Uint8Array[] = [];
    const send = (message: Uint8Array) => sent.push(message);
    expect(answerFromStorage(syncMessage(SYNC_STEP_1, Y.encodeStateVector(stored)), [snapshot], send)).toBe(false);
    expect(answerFromStorage(undefined, [snapshot], send)).toBe(false);
    expect(answerFromStorage(new Uint8Array([0xff, 0xff]), [snapshot], send)).toBe(false);
    expect(sent).toHaveLength(0);
  });

  it('leaves a board with logged updates after its snapshot to the room, so the one answer holds everything', () => {
    const stored = new Y.Doc();
    stored.getMap('entities').set('a', 1);
    const snapshot = Y.encodeStateAsUpdate(stored);
    const logged: Uint8Array[] = [];
    stored.on('update', (update: Uint8Array) => logged.push(update));
    stored.getMap('entities').set('b', 2);
    const sent: Uint8Array[] = [];
    const newcomer = syncMessage(SYNC_STEP_1, EMPTY_STATE_VECTOR);
    expect(answerFromStorage(newcomer, [snapshot, ...logged], (m) => sent.push(m))).toBe(false);
    expect(sent).toHaveLength(0);
    expect(answerFromStorage(newcomer, [snapshot], (m) => sent.push(m))).toBe(true);
    const doc = new Y.Doc();
    expect(replay(sent, doc)).toEqual([SYNC_STEP_2]);
    expect(doc.getMap('entities').toJSON()).toEqual({ a: 1 });
  });
});
