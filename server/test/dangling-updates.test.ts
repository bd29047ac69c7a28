import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MAX_PENDING_BYTES } from '@roundtable/shared';
import { useServer } from './helpers/use-server.ts';
import { eventually, openRaw } from './helpers/clients.ts';
import { SYNC_UPDATE, syncMessage } from './helpers/wire.ts';

const t = useServer();

/** One client's first change (held back by the sender) and then big changes that all depend on it. */
function danglingChain(count: number, bytesEach: number): { first: Uint8Array; rest: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  doc.getMap('entities').set('first', 1);
  for (let i = 0; i < count; i++) doc.getText('filler').insert(0, String(i % 10).repeat(bytesEach));
  return { first: updates[0]!, rest: updates.slice(1) };
}

describe('updates that depend on changes the board never received', () => {
  it('are held back only up to MAX_PENDING_BYTES: then the sender is closed with 4424 and what was held is dropped', async () => {
    const boardId = await t.server.createBoard();
    const witness = await t.join(boardId);
    const { first, rest } = danglingChain(Math.ceil(MAX_PENDING_BYTES / (1024 * 1024)) + 2, 1024 * 1024);
    const attacker = openRaw(t.server.syncUrl(boardId, 'editor'));
    await attacker.opened;
    for (const update of rest) attacker.socket.send(syncMessage(SYNC_UPDATE, update));
    expect((await attacker.closed).code).toBe(CloseCode.danglingUpdates);

    // The missing change arrives later: nothing that was dropped comes back with it.
    const late = openRaw(t.server.syncUrl(boardId, 'editor'));
    await late.opened;
    late.socket.send(syncMessage(SYNC_UPDATE, first));
    await eventually(() => witness.doc.getMap('entities').get('first') === 1, 5000, 'the first change');
    expect(witness.doc.getText('filler').length).toBe(0);
    late.socket.close();

    witness.doc.getMap('entities').set('still-working', 1);
    const newcomer = await t.join(boardId);
    expect(newcomer.doc.getMap('entities').get('still-working')).toBe(1);
  });
});
