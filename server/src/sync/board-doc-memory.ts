import * as Y from 'yjs';

/**
 * Yjs decodes each item's values into an array grown by `push`, which V8 gives room for 17 elements: about
 * 150 bytes for the one value a map field holds, a quarter of a loaded board's memory. After every transaction
 * the arrays of the items it added are replaced by exact copies (the values in them stay the same objects).
 */
export function trimDecodedContent(doc: Y.Doc): void {
  doc.on('afterTransaction', trimAddedItems);
}

function trimAddedItems(transaction: Y.Transaction): void {
  const { store } = transaction.doc;
  transaction.afterState.forEach((clock, client) => {
    const before = transaction.beforeState.get(client) ?? 0;
    if (clock === before) return;
    const structs = store.clients.get(client)!;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i];
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentAny) struct.content.arr = struct.content.arr.slice();
    }
  });
}

/**
 * Applies a board's stored updates in one transaction. A function of its own, because a closure made in Room's
 * constructor would put the stored bytes in the context every other closure made there keeps alive.
 */
export function applyStoredUpdates(doc: Y.Doc, updates: readonly Uint8Array[]): void {
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
}
