import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { boardMaps, endBrainstorm, readBrainstorm, revealBrainstorm, startBrainstorm } from '@roundtable/shared';
import { BrainstormScreen } from '../../src/brainstorm/brainstorm-screen.ts';
import { draftKey } from '../../src/brainstorm/draft-store.ts';
import { planPlaces, revealArea, revealedBounds } from '../../src/brainstorm/reveal.ts';
import { readWaiting } from '../../src/brainstorm/waiting.ts';
import { memoryStorage } from './memory-storage.ts';

const BOARD = 'board1';

/** Screens whose documents and awareness are relayed to each other as the server would, unless offline. */
function workshop() {
  const screens: { doc: Y.Doc; awareness: Awareness; online: boolean }[] = [];
  const join = (canTakePart = true) => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const me = { doc, awareness, online: true };
    for (const other of screens) Y.applyUpdate(doc, Y.encodeStateAsUpdate(other.doc), 'remote');
    screens.push(me);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote' || !me.online) return;
      for (const other of screens) if (other !== me && other.online) Y.applyUpdate(other.doc, update, 'remote');
    });
    awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const update = encodeAwarenessUpdate(awareness, [...added!, ...updated!, ...removed!]);
      for (const other of screens) if (other !== me && me.online && other.online) applyAwarenessUpdate(other.awareness, update, 'remote');
    });
    const storage = memoryStorage();
    const screen = new BrainstormScreen(doc, awareness, BOARD, storage, { local: true });
    screen.setConditions({ canTakePart, synced: true });
    /** The server drops a screen's awareness when its connection closes. */
    const disconnect = () => {
      me.online = false;
      for (const other of screens) if (other !== me) removeAwarenessStates(other.awareness, [doc.clientID], 'remote');
    };
    const reconnect = () => {
      me.online = true;
      for (const other of screens) {
        if (other === me) continue;
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(other.doc), 'remote');
        Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(doc), 'remote');
      }
    };
    return { doc, awareness, screen, storage, disconnect, reconnect };
  };
  return { join };
}

function canvasNotes(doc: Y.Doc) {
  const { entities, layouts } = boardMaps(doc);
  const layout = layouts.get('canvas');
  return [...entities.entries()].map(([id, entity]) => ({
    text: String(entity.get('text')),
    color: entity.get('color'),
    x: layout?.get(id)?.get('x') as number,
    y: layout?.get(id)?.get('y') as number,
  }));
}

describe('private brainstorm on each screen', () => {
  it('keeps notes off the document and shares only counts until the reveal, then puts them on the board once', () => {
    const { join } = workshop();
    const alice = join();
    const bob = join();
    const carol = join();
    const round = startBrainstorm(alice.doc, 'Who do we need to involve?', 0);
    expect(bob.screen.getSnapshot().round?.prompt).toBe('Who do we need to involve?');

    bob.screen.add('Young carers');
    bob.screen.add('GP practice managers');
    carol.screen.add('Housing officers');
    for (const screen of [alice, bob, carol]) expect(JSON.stringify(screen.doc.toJSON())).not.toContain('Young carers');
    expect(JSON.stringify([...alice.awareness.getStates().values()])).not.toContain('Young carers');
    expect(readWaiting(alice.awareness, round)).toMatchObject({ notes: 3, people: 2 });

    const { screens } = readWaiting(alice.awareness, round);
    const area = revealArea(alice.doc);
    revealBrainstorm(alice.doc, round, area, planPlaces(screens, area));

    for (const screen of [alice, bob, carol]) {
      expect(canvasNotes(screen.doc).map((n) => n.text).sort()).toEqual(['GP practice managers', 'Housing officers', 'Young carers']);
    }
    const notes = canvasNotes(alice.doc);
    const colourOf = (text: string) => notes.find((n) => n.text === text)!.color;
    expect(colourOf('Young carers')).toBe(colourOf('GP practice managers'));
    expect(colourOf('Housing officers')).not.toBe(colourOf('Young carers'));
    expect(new Set(notes.map((n) => `${n.x},${n.y}`)).size).toBe(3);
    const bounds = revealedBounds(bob.doc, area)!;
    for (const note of notes) expect(note.x >= bounds.x && note.y >= bounds.y && note.y < bounds.y + bounds.height).toBe(true);
    expect(bob.screen.getSnapshot().drafts).toEqual([]);
    expect(bob.storage.items.size).toBe(0);
    expect(readWaiting(alice.awareness, round).notes).toBe(0);

    bob.screen.setConditions({ canTakePart: true, synced: true });
    expect(canvasNotes(alice.doc)).toHaveLength(3);
  });

  it('lets a viewer follow the round but not write notes', () => {
    const { join } = workshop();
    const alice = join();
    const viewer = join(false);
    startBrainstorm(alice.doc, '', 0);
    expect(viewer.screen.getSnapshot().round?.status).toBe('collecting');
    expect(viewer.screen.add('An idea')).toBe(false);
    expect(viewer.awareness.getLocalState()?.brainstorm ?? null).toBeNull();
  });

  it('publishes the notes of a screen that was offline at the reveal when it next syncs, below the revealed notes', () => {
    const { join } = workshop();
    const alice = join();
    const bob = join();
    const dave = join();
    const round = startBrainstorm(alice.doc, '', 0);
    bob.screen.add('Bob 1');
    dave.screen.add('Dave 1');
    dave.disconnect();
    dave.screen.setConditions({ canTakePart: true, synced: false });

    const area = revealArea(alice.doc);
    revealBrainstorm(alice.doc, round, area, planPlaces(readWaiting(alice.awareness, round).screens, area));
    expect(canvasNotes(alice.doc).map((n) => n.text)).toEqual(['Bob 1']);
    expect(dave.screen.getSnapshot().drafts).toHaveLength(1);

    dave.reconnect();
    expect(readBrainstorm(dave.doc)?.status).toBe('revealed');
    expect(canvasNotes(alice.doc)).toHaveLength(1);
    dave.screen.setConditions({ canTakePart: true, synced: true });
    const notes = canvasNotes(alice.doc);
    const bobNote = notes.find((n) => n.text === 'Bob 1')!;
    const daveNote = notes.find((n) => n.text === 'Dave 1')!;
    expect(daveNote.x).toBe(bobNote.x);
    expect(daveNote.y).toBeGreaterThan(bobNote.y + 120);
  });

  it('discards notes of a round the facilitator ended without revealing', () => {
    const { join } = workshop();
    const alice = join();
    const bob = join();
    const round = startBrainstorm(alice.doc, '', 0);
    bob.screen.add('Never shown');
    expect(bob.storage.items.has(draftKey(BOARD, round))).toBe(true);
    endBrainstorm(alice.doc);
    expect(bob.screen.getSnapshot()).toEqual({ round: null, drafts: [] });
    expect(bob.storage.items.size).toBe(0);
    expect(canvasNotes(alice.doc)).toEqual([]);
  });

  it('starts each new round with no notes', () => {
    const { join } = workshop();
    const alice = join();
    const bob = join();
    startBrainstorm(alice.doc, 'First', 0);
    bob.screen.add('For the first round');
    startBrainstorm(alice.doc, 'Second', 1);
    expect(bob.screen.getSnapshot().drafts).toEqual([]);
    expect(bob.awareness.getLocalState()?.brainstorm).toMatchObject({ count: 0 });
  });
});
