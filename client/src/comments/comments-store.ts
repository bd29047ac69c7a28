import type * as Y from 'yjs';
import { byCreation, commentsMap, readThread, threadsByEntity, type CommentThread } from '@roundtable/shared';
import { touchedIds } from '../lib/touched-ids.ts';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

export interface CommentsSnapshot {
  /** Readable threads, oldest first. */
  threads: readonly CommentThread[];
  byEntity: ReadonlyMap<string, readonly CommentThread[]>;
}

/**
 * The board's comment threads, live. After each transaction only the threads it touched are re-read; the
 * others keep their object identity.
 */
export class CommentsStore implements ReadableStore<CommentsSnapshot> {
  private readonly listeners = new Listeners();
  private readonly map: Y.Map<unknown>;
  private readonly byId = new Map<string, CommentThread>();
  private snapshot: CommentsSnapshot;

  constructor(doc: Y.Doc) {
    this.map = commentsMap(doc);
    this.map.forEach((raw, id) => this.reread(id, raw));
    this.snapshot = this.build();
    this.map.observeDeep(this.onChange);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): CommentsSnapshot => this.snapshot;

  destroy(): void {
    this.map.unobserveDeep(this.onChange);
  }

  private readonly onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const id of touchedIds(events, this.map)) this.reread(id, this.map.get(id));
    this.snapshot = this.build();
    this.listeners.notify();
  };

  private reread(id: string, raw: unknown): void {
    const thread = readThread(id, raw);
    if (thread) this.byId.set(id, thread);
    else this.byId.delete(id);
  }

  private build(): CommentsSnapshot {
    const threads = [...this.byId.values()].sort(byCreation);
    return { threads, byEntity: threadsByEntity(threads) };
  }
}
