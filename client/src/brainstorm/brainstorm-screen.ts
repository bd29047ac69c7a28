import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { boardMaps, BRAINSTORM_KEY, readBrainstorm, type BrainstormRound } from '@roundtable/shared';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';
import { discardOtherRounds, draftKey, DraftStore, type Draft, type DraftStorage } from './draft-store.ts';
import { publishCount } from './waiting.ts';
import { placeFor, publishDrafts } from './reveal.ts';

export interface BrainstormSnapshot {
  round: BrainstormRound | null;
  /** This screen's private notes for the round (none when there is no round). */
  drafts: readonly Draft[];
}

export interface ScreenConditions {
  /** This person may edit the board (not a viewer, not locked out): only then do they take part. */
  canTakePart: boolean;
  /** The document has synced with the server, so the round it shows is the current one. */
  synced: boolean;
}

/**
 * One screen's side of a private brainstorm, framework-free. It follows the round in `meta.brainstorm`, keeps
 * this device's private notes for it, tells the others only how many there are, and on reveal writes them onto
 * the board (once, at the place the facilitator planned for this screen) and forgets them.
 */
export class BrainstormScreen implements ReadableStore<BrainstormSnapshot> {
  private readonly listeners = new Listeners();
  private readonly meta: Y.Map<unknown>;
  private store: DraftStore | null = null;
  private unsubscribeStore: (() => void) | null = null;
  private conditions: ScreenConditions = { canTakePart: false, synced: false };
  private snapshot: BrainstormSnapshot;

  constructor(
    private readonly doc: Y.Doc,
    private readonly awareness: Awareness,
    private readonly boardId: string,
    private readonly storage: DraftStorage | null,
    private readonly origin: unknown,
  ) {
    this.meta = boardMaps(doc).meta;
    this.snapshot = { round: readBrainstorm(doc), drafts: [] };
    this.followRound();
    this.meta.observe(this.onMeta);
    awareness.on('change', this.keepCountPublished);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): BrainstormSnapshot => this.snapshot;

  setConditions(conditions: ScreenConditions): void {
    this.conditions = conditions;
    this.settle();
  }

  add(text: string): boolean {
    return this.collecting() ? (this.store?.add(text) ?? false) : false;
  }

  update(id: string, text: string): void {
    if (this.collecting()) this.store?.update(id, text);
  }

  remove(id: string): void {
    if (this.collecting()) this.store?.remove(id);
  }

  /** Another tab changed this device's notes. */
  reloadDrafts(): void {
    this.store?.reload();
  }

  private collecting(): boolean {
    return this.snapshot.round?.status === 'collecting' && this.conditions.canTakePart;
  }

  private readonly onMeta = (event: Y.YMapEvent<unknown>): void => {
    if (!event.keysChanged.has(BRAINSTORM_KEY)) return;
    this.snapshot = { ...this.snapshot, round: readBrainstorm(this.doc) };
    this.followRound();
    this.listeners.notify();
  };

  /** Opens the notes of the current round (a new round starts with none). */
  private followRound(): void {
    const round = this.snapshot.round;
    const key = round ? draftKey(this.boardId, round.id) : null;
    if (this.store?.key !== key) {
      this.unsubscribeStore?.();
      this.store = key ? new DraftStore(this.storage, key) : null;
      this.unsubscribeStore = this.store?.subscribe(this.onDrafts) ?? null;
      this.snapshot = { ...this.snapshot, drafts: this.store?.getSnapshot() ?? [] };
    }
    this.settle();
  }

  private readonly onDrafts = (): void => {
    this.snapshot = { ...this.snapshot, drafts: this.store?.getSnapshot() ?? [] };
    this.listeners.notify();
    this.settle();
  };

  private settle(): void {
    const { round } = this.snapshot;
    const { canTakePart, synced } = this.conditions;
    this.keepCountPublished();
    if (round?.status === 'revealed' && canTakePart && synced && this.store && this.store.getSnapshot().length > 0) {
      const drafts = this.store.take();
      if (drafts.length > 0) publishDrafts(this.doc, this.origin, placeFor(this.doc, round, this.doc.clientID), drafts);
    }
    if (synced && this.storage) discardOtherRounds(this.storage, this.boardId, round?.id ?? null);
  }

  /** Publishes the count, and puts it back if another part of the page replaced the whole awareness state. */
  private readonly keepCountPublished = (): void => {
    const { round, drafts } = this.snapshot;
    const taking = round?.status === 'collecting' && this.conditions.canTakePart;
    publishCount(this.awareness, taking ? round.id : null, drafts.length);
  };
}
