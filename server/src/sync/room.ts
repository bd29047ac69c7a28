import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { FastifyBaseLogger } from 'fastify';
import { boardMaps, canEditBoard, CloseCode, migrateBoardDoc, MIGRATIONS, MODE_KEY, type BoardMode, type Migration, type Role } from '@roundtable/shared';
import type { BoardStorage } from '../storage/board-storage.ts';
import { awarenessMessage, isEmptyUpdate, notSavedMessage, savedMessage, syncStep1, updateMessage } from './messages.ts';
import { applyStoredUpdates, trimDecodedContent } from './board-doc-memory.ts';
import { SyncAnswers } from './sync-answers.ts';
import { SaveGuard } from './save-guard.ts';
import { dropExcessPending } from './pending-limit.ts';
import type { Peer } from './peer.ts';
import { AckScheduler } from './ack-scheduler.ts';
import { BoardLog } from './board-log.ts';
import type { ServerMetrics } from '../metrics/server-metrics.ts';

export interface RoomHooks {
  log: FastifyBaseLogger;
  /** Called after every change to the document (the catalog keeps "last updated" from it). */
  onChange(boardId: string): void;
  /** The board's title and mode in the catalog, which the document's `meta.title` and `meta.mode` mirror. */
  catalogEntry(boardId: string): { title: string; mode: BoardMode; schema?: number } | undefined;
  /** A peer sent a change its role may not make in the board's mode; it was dropped. */
  onDroppedUpdate(boardId: string, peer: Peer): void;
  /** Schema migrations run on load; tests pass their own list. */
  migrations?: readonly Migration[];
  /** First wait before writing the board again after a failed write (doubles up to 30 s); tests shorten it. */
  saveRetryMs?: number;
  /** Called once a room is loaded and up to date, before anyone joins (the activity feed starts watching it). */
  onLoaded?(room: Room): Promise<void>;
  /** Counts updates in and out for /metrics. */
  metrics?: ServerMetrics;
  /** Told the schema version a board was brought to on load (the catalog keeps it; see answer-from-storage.ts). */
  onSchema?(boardId: string, schema: number): void;
}

/** For a board whose newcomers may be answered with the board as stored (see answer-from-storage.ts). */
export interface EarlyAnswers {
  /** Hears the stored updates as soon as they are read, before the document is built from them. */
  onStored(updates: Uint8Array[]): void;
  /** Runs the building of the document when it suits, after the answers sent from storage have left. */
  build(work: () => Room): Promise<Room>;
}

/** The stored board has a newer schema than this server knows; it is not loaded, so nothing can damage it. */
export class NewerSchemaError extends Error {
  readonly code = 'newer_schema';
}

/** Origin of changes the server itself makes to a document. */
export const SERVER_ORIGIN = { roundtable: 'server' };

/** A loaded board: its Y.Doc, awareness and connected peers. Writes every document update to storage. */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly peers = new Set<Peer>();
  private readonly syncAnswers = new SyncAnswers(this.doc);
  private readonly acks: AckScheduler;
  private readonly log: BoardLog;
  private readonly saveGuard: SaveGuard;
  /** Until the catalog says otherwise nobody edits: a room never accepts more than it should. */
  private mode: BoardMode = 'archived';
  /** The state vector of the board as stored, and whether the document has changed since it was loaded. */
  readonly storedStateVector: Uint8Array;
  private changedSinceLoad = false;

  private constructor(
    readonly boardId: string,
    private readonly storage: BoardStorage,
    private readonly hooks: RoomHooks,
    updates: Uint8Array[],
    logBytes: number,
  ) {
    this.log = new BoardLog(boardId, storage, hooks.log, () => Y.encodeStateAsUpdate(this.doc), { bytes: logBytes, records: updates.length });
    trimDecodedContent(this.doc);
    applyStoredUpdates(this.doc, updates);
    this.storedStateVector = Y.encodeStateVector(this.doc);
    this.awareness.setLocalState(null);
    this.saveGuard = new SaveGuard({
      boardId,
      log: hooks.log,
      firstRetryMs: hooks.saveRetryMs,
      saveEverything: () => this.log.saveEverything(),
      onFailing: () => this.sendToAckPeers(notSavedMessage()),
      onRecovered: () => this.sendToAckPeers(savedMessage(Y.encodeStateVector(this.doc))),
    });
    // No acknowledgement while a write has failed: the state vector would cover what is not on disk.
    this.acks = new AckScheduler(async () => {
      await this.storage.settled(this.boardId);
      if (this.saveGuard.failing) throw new Error('the board is not saved');
    }, hooks.log);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /**
   * Loads a board and brings it up to date (schema migrations, catalog title) before anyone joins. With `early`
   * (Rooms passes it only for boards already at the schema version it migrates to), newcomers hear the stored
   * updates as soon as they are read, and the document is built when `early.build` runs it.
   */
  static async load(boardId: string, storage: BoardStorage, hooks: RoomHooks, early?: EarlyAnswers): Promise<Room> {
    const loaded = await storage.load(boardId);
    const build = (): Room => new Room(boardId, storage, hooks, loaded.updates, loaded.logBytes);
    let room: Room;
    if (early) {
      early.onStored(loaded.updates);
      room = await early.build(build);
    } else {
      room = build();
    }
    const report = migrateBoardDoc(room.doc, hooks.migrations ?? MIGRATIONS, SERVER_ORIGIN);
    if (!report.ok) {
      room.destroy();
      throw new NewerSchemaError(`board ${boardId} has schema ${report.from}; this server knows up to ${report.to}`);
    }
    if (report.applied.length > 0) hooks.log.info({ boardId, ...report }, 'board migrated');
    hooks.onSchema?.(boardId, report.to);
    const entry = hooks.catalogEntry(boardId);
    if (entry) {
      room.setTitle(entry.title);
      room.setMode(entry.mode);
    }
    await hooks.onLoaded?.(room);
    return room;
  }

  get peerCount(): number {
    return this.peers.size;
  }

  join(peer: Peer): void {
    this.peers.add(peer);
    peer.send(syncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(awarenessMessage(this.awareness, states));
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
  }

  /** Mirrors a catalog rename into the document, so every open view shows it at once. */
  setTitle(title: string): void {
    const { meta } = boardMaps(this.doc);
    if (meta.get('title') !== title) this.doc.transact(() => meta.set('title', title), SERVER_ORIGIN);
  }

  /** Takes a new board mode: peers' rights change with it, and the document shows it in `meta.mode`. */
  setMode(mode: BoardMode): void {
    this.mode = mode;
    const { meta } = boardMaps(this.doc);
    if (meta.get(MODE_KEY) !== mode) this.doc.transact(() => meta.set(MODE_KEY, mode), SERVER_ORIGIN);
    // A client whose updates were dropped holds changes the room lacks, and Yjs would hold back everything it
    // sends later until it has them. Reconnecting makes it send them all again, now that they are allowed.
    for (const peer of [...this.peers]) {
      if (peer.droppedUpdates === 0 || !canEditBoard(peer.role, mode)) continue;
      this.leave(peer);
      peer.close(CloseCode.resync, 'you can edit again: reconnect to send your changes');
    }
  }

  answerSyncStep1(peer: Peer, stateVector: Uint8Array): void {
    peer.send(this.syncAnswers.answer(stateVector));
  }

  /** For a peer that was sent the board as stored: whatever has changed since (migrations, earlier joiners). */
  catchUpFromStorage(peer: Peer): void {
    if (this.changedSinceLoad) this.answerSyncStep1(peer, this.storedStateVector);
  }

  /**
   * Applies an update that has already been checked to decode, if the peer may edit now; otherwise drops it
   * (a viewer, or an editor while the board is locked or archived). Sync step 2 arrives here too.
   */
  applyUpdate(peer: Peer, update: Uint8Array): void {
    if (isEmptyUpdate(update)) {
      // A client with nothing new (a viewer, say) answers sync step 1 with this: nothing to apply or refuse.
    } else if (!canEditBoard(peer.role, this.mode)) {
      peer.droppedUpdates += 1;
      return this.hooks.onDroppedUpdate(this.boardId, peer);
    } else {
      Y.applyUpdate(this.doc, update, peer);
      this.hooks.metrics?.updatesIn.inc();
      dropExcessPending(this.doc);
    }
    if (peer.wantsAck) this.acks.request(peer, () => savedMessage(Y.encodeStateVector(this.doc)));
  }

  applyAwareness(peer: Peer, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
  }

  /** The clock of a client's awareness state, if the room has one for it. */
  awarenessClock(clientId: number): number | undefined {
    return this.awareness.meta.get(clientId)?.clock;
  }

  /** The open connection that speaks for this awareness client id, if any. */
  awarenessHolder(clientId: number): Peer | undefined {
    for (const peer of this.peers) if (peer.awarenessIds.has(clientId)) return peer;
    return undefined;
  }

  sendAllAwareness(peer: Peer): void {
    peer.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
  }

  /** Disconnects everyone who joined with one of these roles (their link was replaced). */
  closeRoles(roles: readonly Role[], code: number, reason: string): void {
    for (const peer of [...this.peers]) {
      if (!roles.includes(peer.role)) continue;
      this.leave(peer);
      peer.close(code, reason);
    }
  }

  /** Closes every peer (e.g. the board was deleted or the server is stopping). */
  closeAll(code: number, reason: string): void {
    for (const peer of [...this.peers]) {
      this.leave(peer);
      peer.close(code, reason);
    }
  }

  /**
   * Makes everything durable and folds the log into a snapshot when there is one; used before unloading. Rejects
   * while the board cannot be written, so it is not dropped from memory.
   */
  async persist(): Promise<void> {
    await this.saveGuard.retryNow();
    await this.log.persist();
  }

  destroy(): void {
    this.saveGuard.stop();
    this.syncAnswers.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.changedSinceLoad = true;
    this.log.append(update).catch((err: unknown) => this.saveGuard.failed(err));
    const message = updateMessage(update);
    let recipients = 0;
    for (const peer of this.peers) {
      if (peer === origin) continue;
      peer.send(message);
      recipients += 1;
    }
    this.hooks.metrics?.updatesOut.inc(recipients);
    this.hooks.onChange(this.boardId);
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    if (origin && this.peers.has(origin as Peer)) {
      const owner = origin as Peer;
      for (const id of added) owner.awarenessIds.add(id);
      for (const id of removed) owner.awarenessIds.delete(id);
    }
    const message = awarenessMessage(this.awareness, changed);
    for (const peer of this.peers) peer.send(message);
  };

  private sendToAckPeers(message: Uint8Array): void {
    for (const peer of this.peers) if (peer.wantsAck) peer.send(message);
  }
}
