import { latestVersion, MIGRATIONS } from '@roundtable/shared';
import type { BoardStorage } from '../storage/board-storage.ts';
import { Room, type EarlyAnswers, type RoomHooks } from './room.ts';
import { IdleQueue, type IdleQueueOptions } from './idle-queue.ts';
import type { Peer } from './peer.ts';

interface Entry {
  /** Settles once the board is loaded; every connection racing on a cold board awaits this same promise. */
  ready: Promise<Room>;
  room?: Room;
  unloadTimer?: NodeJS.Timeout;
  /** Set while the room is being saved and dropped; newcomers wait for it, then load afresh. */
  unloading?: Promise<void>;
  /** Told the stored updates once they are read, before they are applied; undefined once that has happened. */
  storedListeners?: Set<(updates: Uint8Array[]) => void>;
  /** The stored updates, from when they are read until the room is ready: later joiners hear them at once. */
  stored?: Uint8Array[];
  /** Someone needs the room itself (a change, a question storage cannot answer): build it without waiting. */
  urgent?: boolean;
  /** How long the build waited for a quiet moment, which the board-load metric leaves out. */
  waitedMs?: number;
}

export interface RoomsOptions extends RoomHooks {
  storage: BoardStorage;
  /** How long an empty room stays loaded, so a quick reconnect does not reload it. */
  unloadGraceMs: number;
  /** Called when a room has been saved for unloading, before it is dropped (the end-of-session version). */
  onUnloaded?(boardId: string, room: Room): Promise<void>;
  /** When rooms answered from storage are built (see IdleQueue); tests hold them back. */
  idleBuilds?: IdleQueueOptions;
}

/** The loaded rooms: one per board, loaded on first join, unloaded after the last peer leaves. */
export class Rooms {
  private readonly entries = new Map<string, Entry>();
  private shuttingDown = false;
  /** Documents of boards whose newcomers were answered from storage are built here, when the server is quiet. */
  private readonly idleBuilds: IdleQueue;

  constructor(private readonly options: RoomsOptions) {
    this.idleBuilds = new IdleQueue(options.idleBuilds);
  }

  get loadedCount(): number {
    return this.entries.size;
  }


  /**
   * Resolves to the loaded room with `peer` in it; rejects if the board cannot be loaded. If the board has to be
   * read from disk first, `whenStored` hears what was read before it is applied (see connection.ts), and the room
   * may wait for a quiet moment to be built; without `whenStored` (the server's own use) it is built at once.
   */
  async join(boardId: string, peer: Peer, whenStored?: (updates: Uint8Array[]) => void): Promise<Room> {
    for (;;) {
      const entry = this.entryFor(boardId);
      if (whenStored && entry.stored) whenStored(entry.stored);
      else if (whenStored) entry.storedListeners?.add(whenStored);
      else this.hurry(boardId);
      if (entry.unloading) {
        await entry.unloading;
        continue;
      }
      clearTimeout(entry.unloadTimer);
      entry.unloadTimer = undefined;
      const room = await entry.ready;
      if (this.entries.get(boardId) !== entry || entry.unloading) continue;
      room.join(peer);
      return room;
    }
  }

  /**
   * Runs `work` on the board's loaded room (loading it if needed), as the server itself: what it reads is what
   * clients see, and what it writes is stored and reaches every client like any edit. The room unloads
   * afterwards as usual once nobody is in it.
   */
  async use<T>(boardId: string, work: (room: Room) => T | Promise<T>): Promise<T> {
    const self: Peer = { id: 'server', role: 'facilitator', wantsAck: false, awarenessIds: new Set(), droppedUpdates: 0, send() {}, close() {} };
    const room = await this.join(boardId, self);
    try {
      return await work(room);
    } finally {
      this.leave(room, self);
    }
  }

  /** Builds the board's room now if it is waiting for a quiet moment: a peer needs more than the stored board. */
  hurry(boardId: string): void {
    const entry = this.entries.get(boardId);
    if (!entry || entry.room || entry.urgent) return;
    entry.urgent = true;
    this.idleBuilds.hurry(boardId);
  }

  leave(room: Room, peer: Peer): void {
    room.leave(peer);
    const entry = this.entries.get(room.boardId);
    if (!entry || entry.room !== room || room.peerCount > 0 || entry.unloadTimer || entry.unloading) return;
    entry.unloadTimer = setTimeout(() => void this.unload(room.boardId, entry), this.options.unloadGraceMs);
  }

  /** The loaded room of a board, if it is loaded and ready. */
  loaded(boardId: string): Room | undefined {
    const entry = this.entries.get(boardId);
    return entry?.unloading ? undefined : entry?.room;
  }

  /** Disconnects everyone from a board and drops it from memory without saving (the board is being deleted). */
  evict(boardId: string, code: number, reason: string): void {
    const entry = this.entries.get(boardId);
    if (!entry) return;
    this.entries.delete(boardId);
    clearTimeout(entry.unloadTimer);
    this.idleBuilds.hurry(boardId);
    if (entry.room) {
      entry.room.closeAll(code, reason);
      entry.room.destroy();
    }
  }

  /** Closes every connection and saves every room; for graceful shutdown. */
  async closeAll(code: number, reason: string): Promise<void> {
    this.shuttingDown = true;
    this.idleBuilds.hurryAll();
    const pending = [...this.entries.entries()].map(async ([boardId, entry]) => {
      clearTimeout(entry.unloadTimer);
      // A room still loading has peers too (answered from storage): it closes them once ready.
      entry.room ??= await entry.ready.catch(() => undefined);
      entry.room?.closeAll(code, reason);
      if (entry.unloading) return entry.unloading;
      return this.unload(boardId, entry);
    });
    await Promise.allSettled(pending);
  }

  private entryFor(boardId: string): Entry {
    const existing = this.entries.get(boardId);
    if (existing) return existing;
    const started = performance.now();
    // Newcomers may be sent the board as stored only if loading will not migrate it: they must never see an
    // older schema than the server's.
    const current = this.options.catalogEntry(boardId)?.schema === latestVersion(this.options.migrations ?? MIGRATIONS);
    const storedListeners = current ? new Set<(updates: Uint8Array[]) => void>() : undefined;
    const tellStored = (updates: Uint8Array[]) => {
      entry.storedListeners = undefined;
      entry.stored = updates;
      for (const listener of storedListeners ?? []) listener(updates);
    };
    const early: EarlyAnswers = {
      onStored: tellStored,
      build: (work) => {
        if (entry.urgent) return nextTurn().then(work);
        const queued = performance.now();
        return this.idleBuilds.run(boardId, () => {
          entry.waitedMs = performance.now() - queued;
          return work();
        });
      },
    };
    const entry: Entry = { storedListeners, ready: Room.load(boardId, this.options.storage, this.options, current ? early : undefined) };
    this.entries.set(boardId, entry);
    entry.ready.then(
      (room) => {
        if (this.entries.get(boardId) !== entry) return room.destroy(); // deleted while it loaded
        entry.room = room;
        entry.stored = undefined;
        this.options.metrics?.boardLoadSeconds.observe((performance.now() - started - (entry.waitedMs ?? 0)) / 1000);
      },
      (err: unknown) => {
        entry.stored = undefined;
        this.options.log.error({ err, boardId }, 'board failed to load');
        if (this.entries.get(boardId) === entry) this.entries.delete(boardId);
      },
    );
    return entry;
  }

  private async unload(boardId: string, entry: Entry): Promise<void> {
    const room = entry.room;
    if (!room || (room.peerCount > 0 && !entry.unloading)) return;
    entry.unloadTimer = undefined;
    entry.unloading = this.saveAndDrop(boardId, entry, room);
    await entry.unloading;
  }

  /** Saves a room and drops it from memory; a room that cannot be saved stays loaded and is tried again later. */
  private async saveAndDrop(boardId: string, entry: Entry, room: Room): Promise<void> {
    try {
      await room.persist();
    } catch (err) {
      if (!this.shuttingDown) {
        this.options.log.error({ err, boardId }, 'the board cannot be saved: it stays loaded and is tried again');
        entry.unloading = undefined;
        entry.unloadTimer = setTimeout(() => void this.unload(boardId, entry), Math.max(this.options.unloadGraceMs, 1000));
        return;
      }
      this.options.log.error({ err, boardId }, 'the board could not be saved before shutting down; its latest changes stay with the clients that made them');
    }
    try {
      await this.options.onUnloaded?.(boardId, room);
    } catch (err) {
      this.options.log.error({ err, boardId }, 'after unloading a board, a hook failed');
    } finally {
      room.destroy();
      if (this.entries.get(boardId) === entry) this.entries.delete(boardId);
    }
  }

}

/** Resolves after the I/O callbacks of this turn of the event loop (answers already sent leave first). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
