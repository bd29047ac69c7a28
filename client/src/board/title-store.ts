import type * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { Listeners, type ReadableStore } from '../lib/value-store.ts';

/** The board title as the document carries it (the server mirrors the catalog title into `meta`), live. */
export class TitleStore implements ReadableStore<string | undefined> {
  private readonly listeners = new Listeners();
  private readonly meta: Y.Map<unknown>;

  constructor(doc: Y.Doc) {
    this.meta = boardMaps(doc).meta;
    this.meta.observe(this.onChange);
  }

  subscribe = this.listeners.add;

  getSnapshot = (): string | undefined => {
    const title = this.meta.get('title');
    return typeof title === 'string' ? title : undefined;
  };

  destroy(): void {
    this.meta.unobserve(this.onChange);
  }

  private readonly onChange = (event: Y.YMapEvent<unknown>): void => {
    if (event.keysChanged.has('title')) this.listeners.notify();
  };
}
