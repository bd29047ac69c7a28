import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, startTimer } from '@roundtable/shared';
import { changesFacilitatorMaps as changesDecoded } from '../src/sync/facilitator-maps.ts';

const changesFacilitatorMaps = (room: Y.Doc, update: Uint8Array) => changesDecoded(room, Y.decodeUpdate(update));

/** A server-side room document and a client that starts from it, as after a sync. */
function roomAndClient() {
  const room = new Y.Doc();
  room.getMap('meta').set('title', 'Board');
  startTimer(room, 60_000, 0);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  return { room, client };
}

/** What the client's next change sends. */
function nextUpdate(client: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  change();
  return Y.encodeStateAsUpdate(client, before);
}

describe('changes to the facilitator’s maps (meta, locks)', () => {
  it('are found when a key is set for the first time, overwritten or deleted', () => {
    const { room, client } = roomAndClient();
    expect(changesFacilitatorMaps(room, nextUpdate(client, () => client.getMap('meta').set('voting', { id: 'forged' })))).toBe(true);
    expect(changesFacilitatorMaps(room, nextUpdate(client, () => startTimer(client, 1, 0)))).toBe(true);
    expect(changesFacilitatorMaps(room, nextUpdate(client, () => client.getMap('meta').delete('timer')))).toBe(true);
    expect(changesFacilitatorMaps(room, nextUpdate(client, () => client.getMap('locks').set('card', { by: 'Eve' })))).toBe(true);
  });

  it('are not found in ordinary edits of cards, links and layouts, nor in deletions of cards', () => {
    const { room, client } = roomAndClient();
    const note = nextUpdate(client, () => createNote(client, 'canvas', { x: 1, y: 2, text: 'hello' }));
    expect(changesFacilitatorMaps(room, note)).toBe(false);
    Y.applyUpdate(room, note);
    const id = [...client.getMap('entities').keys()][0]!;
    const typing = nextUpdate(client, () => (client.getMap('entities').get(id) as Y.Map<Y.Text>).get('text')!.insert(5, ' there'));
    expect(changesFacilitatorMaps(room, typing)).toBe(false);
    Y.applyUpdate(room, typing);
    expect(changesFacilitatorMaps(room, nextUpdate(client, () => client.getMap('entities').delete(id)))).toBe(false);
  });

  it('are not found in an update that repeats what the room already has, as an offline copy loading late sends', () => {
    const { room } = roomAndClient();
    expect(changesFacilitatorMaps(room, Y.encodeStateAsUpdate(room))).toBe(false);
  });

  it('are not found in deletions the room already has, which every update carries', () => {
    const { room, client } = roomAndClient();
    startTimer(room, 5, 0);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
    // The client's whole delete set, including the timer the room itself replaced, goes along with a card.
    const withHistory = nextUpdate(client, () => createNote(client, 'canvas', { x: 0, y: 0 }));
    expect(Y.decodeUpdate(withHistory).ds.clients.size).toBeGreaterThan(0);
    expect(changesFacilitatorMaps(room, withHistory)).toBe(false);
  });
});
