import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';

declare global {
  interface Window {
    /**
     * Test and debugging hook, set only while a board page is open: the board's Y.Doc and websocket provider.
     * End-to-end tests use it to read the document and to wait for sync; it grants nothing the page lacks.
     */
    __roundtable?: { doc: Y.Doc; provider: WebsocketProvider };
  }
}

export function exposeForTests(doc: Y.Doc, provider: WebsocketProvider): () => void {
  const hook = { doc, provider };
  window.__roundtable = hook;
  return () => {
    if (window.__roundtable === hook) delete window.__roundtable;
  };
}
