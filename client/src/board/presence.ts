import type { Awareness } from 'y-protocols/awareness';
import { AWARENESS_ROLE_FIELD, isRole, type Role } from '@roundtable/shared';
import { FrameThrottle, type FrameScheduler } from '../lib/frame-throttle.ts';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

/**
 * Presence lives in awareness, never in the document:
 * `{ user: { name, color }, view: string, cursor: { x, y } | null (in that view's coordinates), selection: string[],
 *    viewport: { x, y, zoom } | null, summon?: { id }, laser?: boolean }`, plus `role`, which the server stamps
 * on states it relays (so it is only present, and only trustworthy, on other people's states).
 */
export interface UserInfo {
  name: string;
  color: string;
}

export interface Point {
  x: number;
  y: number;
}

/** Where someone looks on a free-form view: the flow point at the centre of their screen, and their zoom. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A facilitator's "bring everyone to me": a fresh `id` each time they ask. */
export interface Summon {
  id: string;
}

export interface Peer extends UserInfo {
  clientId: number;
  isSelf: boolean;
  /** The tab this person is looking at; their cursor means something only there. */
  view: string | null;
  cursor: Point | null;
  selection: readonly string[];
  /** As stamped by the server; null for this browser (use the access store) or an unstamped state. */
  role: Role | null;
  viewport: Viewport | null;
  summon: Summon | null;
  /** Whether their pointer is a laser pointer. Only a facilitator's counts; checking that is the reader's job. */
  laser: boolean;
}

export interface PresenceSnapshot {
  /** Everyone here with a name, this browser first. */
  peers: readonly Peer[];
  /** Which other people have each note selected. Arrays keep their identity while unchanged. */
  selectionsByNote: ReadonlyMap<string, readonly Peer[]>;
}

/** What awareness's `change` event says: which clients' states were added, changed or removed. */
interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

const MAX_SELECTION = 500;
const MAX_ID = 64;

export class Presence implements ReadableStore<PresenceSnapshot> {
  private readonly listeners = new Listeners();
  private snapshot: PresenceSnapshot = { peers: [], selectionsByNote: new Map() };
  private readonly peerKeys = new Map<number, { key: string; peer: Peer }>();
  private pendingCursor: Point | null = null;
  private readonly cursorThrottle: FrameThrottle;
  private pendingViewport: Viewport | null = null;
  private readonly viewportThrottle: FrameThrottle;
  private view: string | null = null;

  constructor(private readonly awareness: Awareness, scheduler?: FrameScheduler) {
    this.cursorThrottle = new FrameThrottle(() => this.setField('cursor', this.pendingCursor), scheduler);
    this.viewportThrottle = new FrameThrottle(() => this.setField('viewport', this.pendingViewport), scheduler);
    awareness.on('change', this.rebuild);
    this.rebuild();
  }

  subscribe = this.listeners.add;

  getSnapshot = (): PresenceSnapshot => this.snapshot;

  setUser(user: UserInfo): void {
    const state = this.awareness.getLocalState() ?? {};
    this.awareness.setLocalState({ cursor: null, selection: [], view: this.view, ...state, user });
  }

  /** Switching view drops the cursor and viewport: their coordinates belonged to the old view. */
  setView(view: string): void {
    this.view = view;
    if (this.awareness.getLocalState() === null) return;
    this.cursorThrottle.cancel();
    this.viewportThrottle.cancel();
    this.awareness.setLocalState({ ...this.awareness.getLocalState(), view, cursor: null, viewport: null });
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

  /** Where this screen looks on the current free-form view; throttled like the cursor, `null` sent at once. */
  setViewport(viewport: Viewport | null): void {
    this.pendingViewport = viewport;
    if (viewport === null) {
      this.viewportThrottle.cancel();
      this.setField('viewport', null);
    } else {
      this.viewportThrottle.schedule();
    }
  }

  setSummon(summon: Summon): void {
    this.setField('summon', summon);
  }

  setLaser(on: boolean): void {
    this.setField('laser', on);
  }

  destroy(): void {
    this.cursorThrottle.cancel();
    this.viewportThrottle.cancel();
    this.awareness.off('change', this.rebuild);
  }

  private setField(field: string, value: unknown): void {
    if (this.awareness.getLocalState() === null) return;
    this.awareness.setLocalStateField(field, value);
  }

  /**
   * Awareness changes many times a second (every cursor of everyone), so only the states the change names are
   * parsed again; everyone else keeps their Peer object. Without `changes` (at start) every state is parsed.
   */
  private rebuild = (changes?: AwarenessChanges): void => {
    const selfId = this.awareness.clientID;
    const states = this.awareness.getStates();
    const touched = changes ? new Set([...changes.added, ...changes.updated]) : null;
    const peers: Peer[] = [];
    for (const [clientId, state] of states) {
      const peer = touched && !touched.has(clientId) ? (this.peerKeys.get(clientId)?.peer ?? null) : this.peerFrom(clientId, clientId === selfId, state);
      if (peer) peers.push(peer);
    }
    for (const clientId of this.peerKeys.keys()) {
      if (!states.has(clientId)) this.peerKeys.delete(clientId);
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
    if (typeof user?.name !== 'string' || !user.name.trim()) {
      this.peerKeys.delete(clientId);
      return null;
    }
    const name = user.name.trim().slice(0, 60);
    const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#555555';
    const cursor = isSelf ? null : pointFrom(state.cursor);
    const selection = Array.isArray(state.selection)
      ? state.selection.filter((id): id is string => typeof id === 'string').slice(0, MAX_SELECTION)
      : [];
    const view = typeof state.view === 'string' ? state.view.slice(0, 40) : null;
    // This browser's own role, viewport, summons and laser change nothing it shows, so they are left out of its entry.
    const role = !isSelf && isRole(state[AWARENESS_ROLE_FIELD]) ? state[AWARENESS_ROLE_FIELD] : null;
    const viewport = isSelf ? null : viewportFrom(state.viewport);
    const summon = isSelf ? null : summonFrom(state.summon);
    const laser = !isSelf && state.laser === true;
    const key = JSON.stringify([name, color, view, cursor, selection, role, viewport, summon, laser]);
    const cached = this.peerKeys.get(clientId);
    if (cached?.key === key) return cached.peer;
    // A moving cursor makes a new Peer; its viewport keeps its identity, so whoever follows it is not re-rendered.
    const old = cached?.peer.viewport;
    const keptViewport = old && viewport && old.x === viewport.x && old.y === viewport.y && old.zoom === viewport.zoom ? old : viewport;
    const peer: Peer = { clientId, isSelf, name, color, view, cursor, selection, role, viewport: keptViewport, summon, laser };
    this.peerKeys.set(clientId, { key, peer });
    return peer;
  }
}

function pointFrom(value: unknown): Point | null {
  const point = value as Partial<Point> | null | undefined;
  if (typeof point?.x !== 'number' || typeof point.y !== 'number') return null;
  return Number.isFinite(point.x) && Number.isFinite(point.y) ? { x: point.x, y: point.y } : null;
}

function viewportFrom(value: unknown): Viewport | null {
  const point = pointFrom(value);
  const zoom = point ? (value as Partial<Viewport>).zoom : undefined;
  if (!point || typeof zoom !== 'number' || !Number.isFinite(zoom) || zoom <= 0) return null;
  return { ...point, zoom };
}

function summonFrom(value: unknown): Summon | null {
  const id = (value as Partial<Summon> | null | undefined)?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= MAX_ID ? { id } : null;
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
