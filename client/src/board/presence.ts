import type { Awareness } from 'y-protocols/awareness';
import { FrameThrottle, type FrameScheduler } from '../lib/frame-throttle.ts';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

/**
 * Presence lives in awareness, never in the document:
 * `{ user: { name, color }, view: string, cursor: { x, y } | null (in that view's coordinates), selection: string[] }`.
 */
export interface UserInfo {
  name: string;
  color: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface Peer extends UserInfo {
  clientId: number;
  isSelf: boolean;
  /** The tab this person is looking at; their cursor means something only there. */
  view: string | null;
  cursor: Point | null;
  selection: readonly string[];
}

export interface PresenceSnapshot {
  /** Everyone here with a name, this browser first. */
  peers: readonly Peer[];
  /** Which other people have each note selected. Arrays keep their identity while unchanged. */
  selectionsByNote: ReadonlyMap<string, readonly Peer[]>;
}

const MAX_SELECTION = 500;

export class Presence implements ReadableStore<PresenceSnapshot> {
  private readonly listeners = new Listeners();
  private snapshot: PresenceSnapshot = { peers: [], selectionsByNote: new Map() };
  private readonly peerKeys = new Map<number, { key: string; peer: Peer }>();
  private pendingCursor: Point | null = null;
  private readonly cursorThrottle: FrameThrottle;
  private view: string | null = null;

  constructor(private readonly awareness: Awareness, scheduler?: FrameScheduler) {
    this.cursorThrottle = new FrameThrottle(() => this.setField('cursor', this.pendingCursor), scheduler);
    awareness.on('change', this.rebuild);
    this.rebuild();
  }

  subscribe = this.listeners.add;

  getSnapshot = (): PresenceSnapshot => this.snapshot;

  setUser(user: UserInfo): void {
    const state = this.awareness.getLocalState() ?? {};
    this.awareness.setLocalState({ cursor: null, selection: [], view: this.view, ...state, user });
  }

  /** Switching view drops the cursor: its coordinates belonged to the old view. */
  setView(view: string): void {
    this.view = view;
    if (this.awareness.getLocalState() === null) return;
    this.cursorThrottle.cancel();
    this.awareness.setLocalState({ ...this.awareness.getLocalState(), view, cursor: null });
  }

  /** Throttled to one awareness update per animation frame; `null` (pointer left) is sent at once. */
  setCursor(point: Point | null): void {
    this.pendingCursor = point;
    if (point === null) {
      this.cursorThrottle.cancel();
      this.setField('cursor', null);
    } else {
      this.cursorThrottle.schedule();
    }
  }

  setSelection(ids: readonly string[]): void {
    this.setField('selection', ids.slice(0, MAX_SELECTION));
  }

  destroy(): void {
    this.cursorThrottle.cancel();
    this.awareness.off('change', this.rebuild);
  }

  private setField(field: string, value: unknown): void {
    if (this.awareness.getLocalState() === null) return;
    this.awareness.setLocalStateField(field, value);
  }

  private rebuild = (): void => {
    const selfId = this.awareness.clientID;
    const peers: Peer[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      const peer = this.peerFrom(clientId, clientId === selfId, state);
      if (peer) peers.push(peer);
    }
    for (const clientId of this.peerKeys.keys()) {
      if (!this.awareness.getStates().has(clientId)) this.peerKeys.delete(clientId);
    }
    peers.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
    const previous = this.snapshot;
    if (peers.length === previous.peers.length && peers.every((peer, i) => peer === previous.peers[i])) return;
    this.snapshot = { peers, selectionsByNote: selectionsByNote(peers, previous.selectionsByNote) };
    this.listeners.notify();
  };

  /** Parses one awareness state (remote data: trust nothing) into a Peer, reusing the old object if unchanged. */
  private peerFrom(clientId: number, isSelf: boolean, state: Record<string, unknown>): Peer | null {
    const user = state.user as Partial<UserInfo> | undefined;
    if (typeof user?.name !== 'string' || !user.name.trim()) return null;
    const name = user.name.trim().slice(0, 60);
    const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#555555';
    const cursor = isSelf ? null : pointFrom(state.cursor);
    const selection = Array.isArray(state.selection)
      ? state.selection.filter((id): id is string => typeof id === 'string').slice(0, MAX_SELECTION)
      : [];
    const view = typeof state.view === 'string' ? state.view.slice(0, 40) : null;
    const key = JSON.stringify([name, color, view, cursor, selection]);
    const cached = this.peerKeys.get(clientId);
    if (cached?.key === key) return cached.peer;
    const peer: Peer = { clientId, isSelf, name, color, view, cursor, selection };
    this.peerKeys.set(clientId, { key, peer });
    return peer;
  }
}

function pointFrom(value: unknown): Point | null {
  const point = value as Partial<Point> | null | undefined;
  if (typeof point?.x !== 'number' || typeof point.y !== 'number') return null;
  return Number.isFinite(point.x) && Number.isFinite(point.y) ? { x: point.x, y: point.y } : null;
}

function selectionsByNote(
  peers: readonly Peer[],
  previous: ReadonlyMap<string, readonly Peer[]>,
): ReadonlyMap<string, readonly Peer[]> {
  const next = new Map<string, Peer[]>();
  for (const peer of peers) {
    if (peer.isSelf) continue;
    for (const id of peer.selection) {
      const list = next.get(id);
      if (list) list.push(peer);
      else next.set(id, [peer]);
    }
  }
  const result = new Map<string, readonly Peer[]>();
  for (const [id, list] of next) {
    const old = previous.get(id);
    const same = old?.length === list.length && old.every((p, i) => samePeerLook(p, list[i]!));
    result.set(id, same && old ? old : list);
  }
  return result;
}

const samePeerLook = (a: Peer, b: Peer) => a.clientId === b.clientId && a.name === b.name && a.color === b.color;
