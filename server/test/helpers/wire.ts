import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MessageType } from '@roundtable/shared';

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** A y-websocket sync message (step 1, step 2 or update) carrying `payload`, made by hand. */
export function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** An update that adds one entry to `entities`, from a document of its own. */
export function entityUpdate(key: string, value: unknown = 'written'): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('entities').set(key, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** An awareness message announcing `state` for `clientId`, as y-protocols encodes it. */
export function awarenessMessage(clientId: number, state: string, clock = 1): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, state);
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MessageType.awareness);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}
