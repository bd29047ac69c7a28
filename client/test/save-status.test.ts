import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '@roundtable/shared';
import { readSavedStateVector, SAVE_STATUS_TEXT, SaveStatus } from '../src/board/save-status.ts';

/** A client doc wired to a "server" doc, as over the websocket, and the server's `saved` message. */
function setup() {
  const client = new Y.Doc();
  const server = new Y.Doc();
  client.on('update', (update: Uint8Array, origin: unknown) => origin !== server && Y.applyUpdate(server, update, client));
  server.on('update', (update: Uint8Array, origin: unknown) => origin !== client && Y.applyUpdate(client, update, server));
  const status = new SaveStatus(client);
  const states: string[] = [];
  status.subscribe(() => states.push(status.getSnapshot()));
  /** The server fsynced everything it has: it sends type 100 + varUint8Array(state vector). */
  const serverSaved = (stateVector = Y.encodeStateVector(server)) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.saved);
    encoding.writeVarUint8Array(encoder, stateVector);
    const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
    expect(decoding.readVarUint(decoder)).toBe(MessageType.saved);
    status.acknowledge(readSavedStateVector(decoder));
  };
  return { client, server, status, states, serverSaved };
}

describe('SaveStatus', () => {
  it('uses exactly the three agreed sentences, and a fourth for a server that cannot write', () => {
    expect(Object.values(SAVE_STATUS_TEXT)).toEqual([
      'Saving…',
      'All changes saved',
      'Offline — changes kept on this device',
      'Not saved — the server cannot write to its disk; changes kept on this device',
    ]);
  });

  it('says not saved after the server reports a failed write, until a save covering the edits arrives', () => {
    const { client, status, serverSaved } = setup();
    status.setConnected(true);
    client.getMap('meta').set('k', 1);
    status.notSaved();
    expect(status.getSnapshot()).toBe('not-saved');
    client.getMap('meta').set('k', 2);
    expect(status.getSnapshot()).toBe('not-saved');
    serverSaved();
    expect(status.getSnapshot()).toBe('saved');
  });

  it('is offline until the websocket connects, then saved when this client has no edits', () => {
    const { status } = setup();
    expect(status.getSnapshot()).toBe('offline');
    status.setConnected(true);
    expect(status.getSnapshot()).toBe('saved');
  });

  it('says saving after a local edit and saved once the server acknowledges a state vector covering it', () => {
    const { client, status, states, serverSaved } = setup();
    status.setConnected(true);
    client.getMap('meta').set('k', 1);
    expect(status.getSnapshot()).toBe('saving');
    serverSaved();
    expect(status.getSnapshot()).toBe('saved');
    expect(states).toEqual(['saved', 'saving', 'saved']);
  });

  it('keeps saving while the acknowledged state vector is older than the latest local edit', () => {
    const { client, server, status, serverSaved } = setup();
    status.setConnected(true);
    client.getMap('meta').set('k', 1);
    const older = Y.encodeStateVector(server);
    client.getMap('meta').set('k', 2);
    serverSaved(older);
    expect(status.getSnapshot()).toBe('saving');
    serverSaved();
    expect(status.getSnapshot()).toBe('saved');
  });

  it('ignores acknowledgements that arrive out of order (never goes backwards)', () => {
    const { client, server, status, serverSaved } = setup();
    status.setConnected(true);
    client.getMap('meta').set('k', 1);
    const first = Y.encodeStateVector(server);
    client.getMap('meta').set('k', 2);
    serverSaved();
    serverSaved(first);
    expect(status.getSnapshot()).toBe('saved');
  });

  it('is not made "saving" by other people’s edits', () => {
    const { server, status } = setup();
    status.setConnected(true);
    const other = new Y.Doc();
    other.getMap('meta').set('from-someone-else', true);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    expect(status.getSnapshot()).toBe('saved');
  });

  it('says offline while disconnected even with pending edits, and saving again on reconnect', () => {
    const { client, status, serverSaved } = setup();
    status.setConnected(true);
    status.setConnected(false);
    client.getMap('meta').set('offline-edit', 1);
    expect(status.getSnapshot()).toBe('offline');
    expect(status.hasUnsavedChanges).toBe(true);
    status.setConnected(true);
    expect(status.getSnapshot()).toBe('saving');
    serverSaved();
    expect(status.getSnapshot()).toBe('saved');
  });
});
