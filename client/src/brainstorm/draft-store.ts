import { MAX_TEXT_LENGTH, newId } from '@roundtable/shared';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

/** One private note, written on this device only and never put in the board document before the reveal. */
export interface Draft {
  id: string;
  text: string;
}

/** What the store needs of `localStorage` (a plain object can stand in for it). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const MAX_DRAFTS = 50;
const PREFIX = 'roundtable:brainstorm:';

export const draftKey = (boardId: string, roundId: string): string => `${PREFIX}${boardId}:${roundId}`;

/**
 * This device's private notes for one round of one board, kept in storage so a reload keeps them. Without
 * storage (blocked by the browser) they last as long as the page.
 */
export class DraftStore implements ReadableStore<readonly Draft[]> {
  private readonly listeners = new Listeners();
  private drafts: readonly Draft[];

  constructor(private readonly storage: DraftStorage | null, readonly key: string) {
    this.drafts = this.load();
  }

  subscribe = this.listeners.add;

  getSnapshot = (): readonly Draft[] => this.drafts;

  /** Adds a note; refuses blank text and more than MAX_DRAFTS notes. */
  add(text: string): boolean {
    const clean = text.trim().slice(0, MAX_TEXT_LENGTH);
    if (!clean || this.drafts.length >= MAX_DRAFTS) return false;
    this.save([...this.drafts, { id: newId(), text: clean }]);
    return true;
  }

  /** Changes a note's text; blank text removes it. */
  update(id: string, text: string): void {
    const clean = text.trim().slice(0, MAX_TEXT_LENGTH);
    if (!clean) return this.remove(id);
    this.save(this.drafts.map((draft) => (draft.id === id && draft.text !== clean ? { id, text: clean } : draft)));
  }

  remove(id: string): void {
    this.save(this.drafts.filter((draft) => draft.id !== id));
  }

  /**
   * Hands over every note and forgets them, reading storage afresh first so another tab of this board that
   * already published them is not repeated.
   */
  take(): readonly Draft[] {
    const drafts = this.storage ? this.load() : this.drafts;
    this.save([]);
    return drafts;
  }

  /** Picks up a change another tab made to the same storage. */
  reload(): void {
    const drafts = this.load();
    if (JSON.stringify(drafts) === JSON.stringify(this.drafts)) return;
    this.drafts = drafts;
    this.listeners.notify();
  }

  private load(): readonly Draft[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      if (!Array.isArray(parsed)) return [];
      return parsed
        .filter((d): d is Draft => typeof d?.id === 'string' && typeof d.text === 'string' && d.text.trim() !== '')
        .slice(0, MAX_DRAFTS)
        .map((d) => ({ id: d.id, text: d.text.slice(0, MAX_TEXT_LENGTH) }));
    } catch {
      return this.drafts ?? [];
    }
  }

  private save(drafts: readonly Draft[]): void {
    const changed = drafts.length !== this.drafts.length || drafts.some((d, i) => d !== this.drafts[i]);
    try {
      if (drafts.length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(drafts));
    } catch {
      // Storage full or blocked: the notes still last as long as this page.
    }
    if (!changed) return;
    this.drafts = drafts;
    this.listeners.notify();
  }
}

/** Forgets this device's notes for every round of the board but `keepRoundId` (those rounds can no longer be revealed). */
export function discardOtherRounds(storage: DraftStorage, boardId: string, keepRoundId: string | null): void {
  const prefix = `${PREFIX}${boardId}:`;
  const keep = keepRoundId === null ? null : draftKey(boardId, keepRoundId);
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix) && key !== keep) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}
