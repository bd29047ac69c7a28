import type * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { MapStore } from './map-store.ts';

/** One key of the board's `meta` map, read with a tolerant reader and kept live (the timer, a voting round, …). */
export class MetaKeyStore<T> extends MapStore<T> {
  constructor(doc: Y.Doc, key: string, read: (doc: Y.Doc) => T) {
    super(boardMaps(doc).meta, () => read(doc), (event) => event.keysChanged.has(key));
  }
}
