import type { Peer, PresenceSnapshot } from '../board/presence.ts';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

export interface Leader {
  clientId: number;
  name: string;
  /** Following because a facilitator brought everyone to them, rather than by this person's choice. */
  summoned: boolean;
}

export interface FollowState {
  leader: Leader | null;
  /** Why following ended on its own (the person left), until dismissed. */
  notice: string | null;
}

/** The tab this screen shows, and a way to switch it (the board's CurrentView). */
export interface ViewSwitcher extends ReadableStore<string> {
  show(id: string): void;
}

const NOT_FOLLOWING: FollowState = { leader: null, notice: null };

/** Only a facilitator, as the server says, may summon or point a laser. */
export const speaksAsFacilitator = (peer: Peer): boolean => !peer.isSelf && peer.role === 'facilitator';

/**
 * Whom this screen follows: it shows the tab they are on (their viewport is mirrored by the canvas), obeys a
 * facilitator's summons unless this person opted out, and stops when they switch tab themselves or the
 * leader leaves. Local view state, built only from presence; it listens for as long as the session lives.
 */
export class FollowStore implements ReadableStore<FollowState> {
  private readonly listeners = new Listeners();
  private state: FollowState = NOT_FOLLOWING;
  /** The summons id each peer had when last seen: a summons counts only when it changes while we watch. */
  private readonly summonsSeen = new Map<number, string | null>();
  private appliedView: string | null = null;
  private switchingView = false;

  constructor(
    private readonly presence: ReadableStore<PresenceSnapshot>,
    private readonly view: ViewSwitcher,
    private readonly ignoreSummons: ReadableStore<boolean>,
  ) {
    presence.subscribe(this.onPresence);
    view.subscribe(this.onViewChange);
    this.onPresence();
  }

  subscribe = this.listeners.add;

  getSnapshot = (): FollowState => this.state;

  follow(clientId: number, summoned = false): void {
    const peer = this.presence.getSnapshot().peers.find((p) => p.clientId === clientId && !p.isSelf);
    if (!peer) return;
    this.appliedView = null;
    this.setState({ leader: { clientId, name: peer.name, summoned }, notice: null });
    this.keepUpWith(peer);
  }

  stop(): void {
    if (this.state.leader) this.setState(NOT_FOLLOWING);
  }

  dismissNotice(): void {
    if (this.state.notice) this.setState({ ...this.state, notice: null });
  }

  private setState(state: FollowState): void {
    this.state = state;
    this.listeners.notify();
  }

  private onPresence = (): void => {
    const { peers } = this.presence.getSnapshot();
    this.obeySummons(peers);
    const leader = this.state.leader;
    if (!leader) return;
    const peer = peers.find((p) => p.clientId === leader.clientId);
    if (!peer) {
      this.setState({ leader: null, notice: `${leader.name} has left the board, so you are no longer following them.` });
    } else {
      if (peer.name !== leader.name) this.setState({ ...this.state, leader: { ...leader, name: peer.name } });
      this.keepUpWith(peer);
    }
  };

  private obeySummons(peers: readonly Peer[]): void {
    const present = new Set<number>();
    let summoner: Peer | null = null;
    for (const peer of peers) {
      if (peer.isSelf) continue;
      present.add(peer.clientId);
      const id = peer.summon?.id ?? null;
      const known = this.summonsSeen.has(peer.clientId);
      const changed = known && id !== null && id !== this.summonsSeen.get(peer.clientId);
      this.summonsSeen.set(peer.clientId, id);
      if (changed && speaksAsFacilitator(peer)) summoner = peer;
    }
    for (const clientId of this.summonsSeen.keys()) if (!present.has(clientId)) this.summonsSeen.delete(clientId);
    if (summoner && !this.ignoreSummons.getSnapshot()) this.follow(summoner.clientId, true);
  }

  /** Switches to the leader's tab when theirs changes; the canvas mirrors their viewport itself. */
  private keepUpWith(peer: Peer): void {
    if (!peer.view || peer.view === this.appliedView) return;
    this.appliedView = peer.view;
    if (peer.view === this.view.getSnapshot()) return;
    this.switchingView = true;
    try {
      this.view.show(peer.view);
    } finally {
      this.switchingView = false;
    }
  }

  private onViewChange = (): void => {
    if (!this.switchingView) this.stop();
  };
}
