import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MAX_AWARENESS_STATE_BYTES } from '@roundtable/shared';
import { MESSAGE_BURST, MESSAGES_PER_SECOND, WORK_BURST, WORK_PER_SECOND } from '../src/sync/rate-limit.ts';
import { useServer } from './helpers/use-server.ts';
import { eventually, openRaw, within } from './helpers/clients.ts';
import { awarenessMessage, SYNC_UPDATE, syncMessage } from './helpers/wire.ts';

const t = useServer();
const { clients } = t;

const join = (boardId: string) => t.join(boardId);

const openSockets = () => t.server.app.websocketServer.clients.size;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `count` updates of one document, each adding `flood-<i>`, in order: each needs the one before it. */
function chainedUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('entities').set(`flood-${i}`, i);
  doc.destroy();
  return updates;
}

/** Another board with a client on it, to show the flood did not reach it. */
async function bystander(): Promise<{ check(): Promise<void> }> {
  const boardId = await t.server.createBoard('Elsewhere');
  const writer = await join(boardId);
  return {
    async check() {
      writer.doc.getMap('entities').set('still-served', true);
      const reader = await join(boardId);
      await eventually(() => reader.doc.getMap('entities').get('still-served') === true, 5000, 'the other board to be served');
    },
  };
}

describe('a flood of small messages', () => {
  it('closes the sender with 4429 as it crosses the rate limit, and processes none of the messages queued behind', async () => {
    const boardId = await t.server.createBoard();
    const witness = await join(boardId);
    const other = await bystander();
    const seen = witness.doc.getMap('entities');
    let lastSeenAt = 0;
    seen.observe(() => (lastSeenAt = performance.now()));

    const flooder = openRaw(t.server.syncUrl(boardId));
    await flooder.opened;
    const updates = chainedUpdates(10_000);
    const started = performance.now();
    for (const update of updates) flooder.socket.send(syncMessage(SYNC_UPDATE, update));
    const closed = await within(flooder.closed, 5000, 'the flooder to be closed');
    const closedAt = performance.now();
    expect(closed.code).toBe(CloseCode.rateLimited);

    // Whatever the room applied reaches the witness; give stragglers time to show up, then count.
    await pause(200);
    const processed = [...seen.keys()].filter((key) => key.startsWith('flood-')).length;
    const elapsedSeconds = (closedAt - started) / 1000;
    expect(processed).toBeGreaterThanOrEqual(WORK_BURST);
    expect(processed).toBeLessThanOrEqual(WORK_BURST + Math.ceil(WORK_PER_SECOND * elapsedSeconds) + 1);
    expect(closedAt - lastSeenAt).toBeLessThan(100);
    const newcomer = await join(boardId);
    expect([...newcomer.doc.getMap('entities').keys()].filter((key) => key.startsWith('flood-'))).toHaveLength(processed);

    await eventually(() => openSockets() === 3, 2000, 'the flooder’s socket to be released');
    await other.check();
    console.log(
      `[figure] flood of ${updates.length} updates: ${processed} applied, closed ${(closedAt - started).toFixed(0)} ms after the first, ` +
        `${(closedAt - lastSeenAt).toFixed(1)} ms after the last applied one`,
    );
  });

  it('never closes an unmodified y-websocket client editing in bursts and dragging at ~140 frames a second', async () => {
    const boardId = await t.server.createBoard();
    const witness = await join(boardId);
    const editor = await join(boardId);
    const closes: number[] = [];
    editor.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    editor.provider.awareness.setLocalStateField('user', { name: 'Dragger', color: '#123456' });

    // A paste of 500 cards, each in its own transaction: 500 messages at once.
    const entities = editor.doc.getMap('entities');
    for (let i = 0; i < 500; i++) entities.set(`pasted-${i}`, { text: `card ${i}` });

    // Then two seconds of dragging: each frame moves the card (a document update) and the cursor (awareness).
    const layout = editor.doc.getMap<number>('drag-layout');
    let frames = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        frames += 1;
        layout.set('x', frames);
        editor.provider.awareness.setLocalStateField('cursor', { x: frames, y: frames });
        if (frames >= 280) {
          clearInterval(timer);
          resolve();
        }
      }, 7);
    });

    await eventually(() => witness.doc.getMap<number>('drag-layout').get('x') === frames, 5000, 'the last frame to arrive');
    expect(witness.doc.getMap('entities').size).toBe(500);
    expect(closes).toEqual([]);
    expect(editor.provider.wsconnected).toBe(true);
  });

  it('never closes clients in a busy room: 20 people moving their cursors at 60 fps, each echoing everyone else’s moves', async () => {
    const boardId = await t.server.createBoard();
    const people = await Promise.all(Array.from({ length: 20 }, () => join(boardId)));
    const closes: number[] = [];
    for (const person of people) person.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    let frames = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        frames += 1;
        for (const person of people) person.provider.awareness.setLocalStateField('cursor', { x: frames, y: 0 });
        if (frames >= 120) {
          clearInterval(timer);
          resolve();
        }
      }, 16);
    });
    const last = people[0]!;
    await eventually(
      () => people.every((person) => (last.provider.awareness.getStates().get(person.doc.clientID) as { cursor?: { x: number } } | undefined)?.cursor?.x === frames),
      5000,
      'everyone’s last cursor position',
    );
    expect(closes).toEqual([]);
    expect(people.every((person) => person.provider.wsconnected)).toBe(true);
    expect(openSockets()).toBe(20);
  });
});

describe('awareness abuse', () => {
  it('closes a connection flooding awareness updates with 4429 and removes its presence for everyone', async () => {
    const boardId = await t.server.createBoard();
    const witness = await join(boardId);
    const flooder = openRaw(t.server.syncUrl(boardId));
    await flooder.opened;
    flooder.socket.send(awarenessMessage(9001, JSON.stringify({ user: { name: 'Flood' } }), 1));
    await eventually(() => witness.provider.awareness.getStates().has(9001), 5000, 'the flooder’s presence');
    let lastApplied = 0;
    witness.provider.awareness.on('change', () => {
      const state = witness.provider.awareness.getStates().get(9001) as { cursor?: { x: number } } | undefined;
      lastApplied = Math.max(lastApplied, state?.cursor?.x ?? 0);
    });

    for (let clock = 2; clock < 5000; clock++) flooder.socket.send(awarenessMessage(9001, JSON.stringify({ cursor: { x: clock, y: 0 } }), clock));
    expect((await within(flooder.closed, 5000, 'the flooder to be closed')).code).toBe(CloseCode.rateLimited);
    await eventually(() => !witness.provider.awareness.getStates().has(9001), 2000, 'the flooder’s presence to go');
    await eventually(() => openSockets() === 1, 2000, 'the flooder’s socket to be released');
    expect(lastApplied).toBeGreaterThanOrEqual(WORK_BURST);
    expect(lastApplied).toBeLessThan(5000);
    console.log(`[figure] 5,000 presence changes: ${lastApplied} applied, then closed with 4429`);
  });

  it('closes a connection flooding echoes of someone else’s presence with 4429 once over the message budget', async () => {
    const boardId = await t.server.createBoard();
    const witness = await join(boardId);
    witness.provider.awareness.setLocalStateField('user', { name: 'Witness' });
    const flooder = openRaw(t.server.syncUrl(boardId));
    await flooder.opened;
    await eventually(() => flooder.messages.length >= 2, 2000, 'the flooder to be joined');
    const clock = witness.provider.awareness.meta.get(witness.doc.clientID)!.clock;
    const echo = awarenessMessage(witness.doc.clientID, JSON.stringify(witness.provider.awareness.getLocalState()), clock);
    const started = performance.now();
    for (let i = 0; i < 2 * MESSAGE_BURST; i++) flooder.socket.send(echo);
    expect((await within(flooder.closed, 5000, 'the flooder to be closed')).code).toBe(CloseCode.rateLimited);
    const closedAfter = performance.now() - started;
    await eventually(() => openSockets() === 1, 2000, 'the flooder’s socket to be released');
    expect(witness.provider.wsconnected).toBe(true);
    expect(MESSAGE_BURST + MESSAGES_PER_SECOND * (closedAfter / 1000)).toBeLessThan(2 * MESSAGE_BURST);
    console.log(`[figure] ${2 * MESSAGE_BURST} echoed presence messages: closed ${closedAfter.toFixed(0)} ms after the first`);
  });

  it('accepts the largest real presence (500 selected ids of 64 characters) and closes a state over the cap with 4413', async () => {
    const boardId = await t.server.createBoard();
    const witness = await join(boardId);
    const other = await bystander();

    const person = await join(boardId);
    const selection = Array.from({ length: 500 }, (_, i) => `${i}`.padStart(64, 'x'));
    const largest = {
      user: { name: 'N'.repeat(200), color: '#abcdef' },
      view: 'canvas',
      cursor: { x: 123456.789, y: -98765.4321 },
      viewport: { x: 1e6, y: -1e6, zoom: 0.123456789 },
      selection,
      summon: { id: 'x'.repeat(64) },
      laser: true,
    };
    expect(Buffer.byteLength(JSON.stringify(largest))).toBeLessThan(MAX_AWARENESS_STATE_BYTES);
    person.provider.awareness.setLocalState(largest);
    await eventually(
      () => (witness.provider.awareness.getStates().get(person.doc.clientID) as { selection?: string[] } | undefined)?.selection?.length === 500,
      5000,
      'the large presence to arrive',
    );
    expect(person.provider.wsconnected).toBe(true);

    const oversized = openRaw(t.server.syncUrl(boardId));
    await oversized.opened;
    const padding = 'y'.repeat(MAX_AWARENESS_STATE_BYTES);
    oversized.socket.send(awarenessMessage(31337, JSON.stringify({ user: { name: 'Big' }, padding })));
    const sentAt = performance.now();
    expect((await within(oversized.closed, 2000, 'the offender to be closed')).code).toBe(CloseCode.awarenessTooBig);
    expect(performance.now() - sentAt).toBeLessThan(100);
    await pause(50);
    expect(witness.provider.awareness.getStates().has(31337)).toBe(false);
    await eventually(() => openSockets() === 3, 2000, 'the offender’s socket to be released');
    await other.check();
  });
});
