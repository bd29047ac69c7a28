import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { MessageType, schemaVersionOf } from '@roundtable/shared';
import { ValueStore } from '../lib/value-store.ts';
import { newerSchemaProblem, problemForCloseCode, type ConnectionProblem } from './close-problems.ts';
import { readSavedStateVector, SaveStatus } from './save-status.ts';

export function syncServerUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/**
 * Everything one open board needs, framework-free: the Y.Doc, its offline copy in IndexedDB, the websocket
 * (y-websocket with our `saved` acknowledgements) and the save status. `destroy` tears all of it down.
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence | null;
  readonly saveStatus = new SaveStatus(this.doc);
  readonly problem = new ValueStore<ConnectionProblem | null>(null);

  constructor(
    readonly boardId: string,
    /** The link token the board is opened with; the server checks it on every connection. */
    readonly token: string,
    serverUrl = syncServerUrl(),
  ) {
    this.persistence = openPersistence(boardId, this.doc);
    this.provider = new WebsocketProvider(serverUrl, boardId, this.doc, {
      params: { ack: '1', token },
      shouldReconnect: (event) => problemForCloseCode(event.code) === null,
    });
    this.provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
      this.saveStatus.acknowledge(readSavedStateVector(decoder));
    };
    this.provider.messageHandlers[MessageType.notSaved] = () => this.saveStatus.notSaved();
    this.provider.on('status', ({ status }) => this.saveStatus.setConnected(status === 'connected'));
    this.provider.on('connection-close', (event) => {
      const problem = event ? problemForCloseCode(event.code) : null;
      if (!problem) return;
      this.provider.disconnect();
      this.problem.set(problem);
    });
    this.provider.on('sync', (synced) => {
      if (synced) this.checkSchema();
    });
  }

  /** Editing is off when the board is gone or newer than this client understands. */
  get readOnly(): boolean {
    return this.problem.getSnapshot()?.readOnly ?? false;
  }

  destroy(): void {
    const { awareness } = this.provider;
    // Tell the others we left now, rather than after the awareness timeout.
    removeAwarenessStates(awareness, [this.doc.clientID], 'leave');
    this.provider.destroy();
    awareness.destroy();
    void this.persistence?.destroy();
    this.saveStatus.destroy();
    this.doc.destroy();
  }

  private checkSchema(): void {
    const version = schemaVersionOf(this.doc);
    const problem = version === undefined ? null : newerSchemaProblem(version);
    if (problem) this.problem.set(problem);
  }
}

function openPersistence(boardId: string, doc: Y.Doc): IndexeddbPersistence | null {
  try {
    return new IndexeddbPersistence(`roundtable-board-${boardId}`, doc);
  } catch {
    return null; // No IndexedDB (some private modes): the board still works online.
  }
}
