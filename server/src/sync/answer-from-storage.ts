import * as Y from 'yjs';
import { readClientMessage } from './read-message.ts';
import { syncStep2OfUpdate } from './messages.ts';

/**
 * A newcomer to a board that is not loaded asks for everything (sync step 1 with an empty state vector). A board
 * stored as one snapshot (as every board is after its room unloads, or after a graceful restart) is exactly that,
 * so it is sent the moment it is read — the client then decodes it while the server applies the same bytes to its
 * own copy, instead of waiting for that first. Returns true if `first` was such a request and has been answered;
 * anything else is left for the room (see Room.catchUpFromStorage). A board with logged updates after its snapshot
 * is left to the room too: the answer must be one sync step 2 (a client counts itself synced on receiving it), and
 * merging many updates into one costs more than the room's own answer.
 */
export function answerFromStorage(first: Uint8Array | undefined, stored: readonly Uint8Array[], send: (message: Uint8Array) => void): boolean {
  const [snapshot] = stored;
  if (!first || !snapshot || stored.length > 1) return false;
  let message;
  try {
    message = readClientMessage(first);
  } catch {
    return false;
  }
  if (message.kind !== 'syncStep1' || Y.decodeStateVector(message.stateVector).size > 0) return false;
  send(syncStep2OfUpdate(snapshot));
  return true;
}
