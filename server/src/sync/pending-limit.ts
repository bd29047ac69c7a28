import type * as Y from 'yjs';
import { CloseCode, MAX_PENDING_BYTES } from '@roundtable/shared';
import { ProtocolError } from './read-message.ts';

/**
 * Yjs keeps updates whose dependencies are missing until they arrive, in memory and unbounded; honest clients
 * never send such updates for long. Past MAX_PENDING_BYTES they are dropped and the sender is refused.
 */
export function dropExcessPending(doc: Y.Doc): void {
  const { store } = doc;
  const held = (store.pendingStructs?.update.byteLength ?? 0) + (store.pendingDs?.byteLength ?? 0);
  if (held <= MAX_PENDING_BYTES) return;
  store.pendingStructs = null;
  store.pendingDs = null;
  throw new ProtocolError(CloseCode.danglingUpdates, 'too many updates that depend on changes the board never received');
}
