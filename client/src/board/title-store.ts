import type * as Y from 'yjs';
import { boardMaps } from '@roundtable/shared';
import { MetaKeyStore } from '../lib/meta-key-store.ts';

const readTitle = (doc: Y.Doc): string | undefined => {
  const title = boardMaps(doc).meta.get('title');
  return typeof title === 'string' ? title : undefined;
};

/** The board title as the document carries it (the server mirrors the catalog title into `meta`), live. */
export class TitleStore extends MetaKeyStore<string | undefined> {
  constructor(doc: Y.Doc) {
    super(doc, 'title', readTitle);
  }
}
