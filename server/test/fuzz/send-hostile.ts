import { openRaw } from '../helpers/clients.ts';
import { SYNC_STEP_1, SYNC_STEP_2, syncMessage } from '../helpers/wire.ts';
import * as decoding from 'lib0/decoding';
import { MessageType } from '@roundtable/shared';

/** What the server did with a hostile message: closed the socket with a code, or answered the probe after it. */
export type Outcome = { closed: number } | { open: true; answer: Uint8Array };

/** The update in a sync step 2 message, or undefined for any other message. */
function step2Payload(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MessageType.sync || decoding.readVarUint(decoder) !== SYNC_STEP_2) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/**
 * Sends `message` on a socket of its own, then a sync step 1 with `stateVector`. The server handles a socket's
 * messages in order, so an answer to the probe means it took the hostile message and kept the connection;
 * otherwise it must close the socket. Gives up (a hang) after `timeoutMs`.
 */
export async function sendHostile(url: string, message: Uint8Array, stateVector: Uint8Array, timeoutMs: number): Promise<Outcome> {
  const raw = openRaw(url);
  let timer: NodeJS.Timeout | undefined;
  const closed = raw.closed.then(({ code }): Outcome => ({ closed: code }));
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer and no close within ${timeoutMs} ms`)), timeoutMs);
  });
  const answered = new Promise<Outcome>((resolve) => {
    raw.socket.on('message', () => {
      for (const received of raw.messages) {
        const answer = step2Payload(received);
        if (answer) return resolve({ open: true, answer });
      }
    });
  });
  const sent = raw.opened.then(() => {
    raw.socket.send(message);
    raw.socket.send(syncMessage(SYNC_STEP_1, stateVector));
    return answered;
  });
  try {
    return await Promise.race([sent, closed, hung]);
  } finally {
    clearTimeout(timer);
    raw.socket.terminate();
  }
}
