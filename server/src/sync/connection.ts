import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket, RawData } from 'ws';
import { AWARENESS_ROLE_FIELD, CloseCode, MessageType, newId, type Role } from '@roundtable/shared';
import { NewerSchemaError, type Room } from './room.ts';
import type { Rooms } from './rooms.ts';
import type { Peer } from './peer.ts';
import { ProtocolError, readClientMessage } from './read-message.ts';
import { encodeAwarenessEntries, judgeAwareness, stampRole } from './awareness-filter.ts';
import { changesFacilitatorMaps } from './facilitator-maps.ts';
import { MessageRateLimit } from './rate-limit.ts';
import { SendGuard } from './send-guard.ts';
import { answerFromStorage } from './answer-from-storage.ts';
import type { ServerMetrics } from '../metrics/server-metrics.ts';

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Serves one websocket on one board: queues messages while the room loads, then feeds them to it. Any bad
 * message closes this socket with a named code; the room and its other peers carry on.
 */
export interface ConnectionOptions {
  boardId: string;
  role: Role;
  wantsAck: boolean;
  /** The TCP socket under the websocket (corked while a turn's messages are queued, see SendGuard). */
  tcp: Socket;
}

export function serveConnection(
  socket: WebSocket,
  { boardId, role, wantsAck, tcp }: ConnectionOptions,
  rooms: Rooms,
  metrics: ServerMetrics,
  log: FastifyBaseLogger,
): void {
  const id = newId(8);
  const connLog = log.child({ boardId, conn: id, role });
  let room: Room | undefined;
  let queue: Uint8Array[] | undefined = [];
  let closed = false;
  const rate = new MessageRateLimit();
  const sendGuard = new SendGuard(socket, tcp);

  const peer: Peer = {
    id,
    role,
    wantsAck,
    awarenessIds: new Set(),
    droppedUpdates: 0,
    send(message) {
      if (closed || socket.readyState !== socket.OPEN) return;
      metrics.messagesOut.inc();
      metrics.bytesOut.inc(message.byteLength);
      if (sendGuard.send(message)) return;
      refuse(CloseCode.slowReader, 'reading too slowly to keep up');
      sendGuard.destroySoon();
    },
    close(code, reason) {
      if (closed) return;
      closed = true;
      socket.close(code, reason);
    },
  };

  let refused = false;
  const refuse = (code: number, reason: string): void => {
    refused = true;
    connLog.warn({ code, reason }, 'closing connection');
    metrics.closed(code);
    if (room) rooms.leave(room, peer);
    peer.close(code, reason);
  };

  /** The awareness client id this connection speaks for (see judgeAwareness). */
  let ownAwarenessId: number | undefined;

  const handle = (data: Uint8Array, into: Room): void => {
    try {
      const message = readClientMessage(data);
      // Awareness is charged below only when it changes the sender's own presence: clients echo everyone else's.
      if (message.kind !== 'awareness') rate.chargeWork();
      switch (message.kind) {
        case 'syncStep1':
          return into.answerSyncStep1(peer, message.stateVector);
        case 'update':
          // Board settings and card locks are the facilitator's: an editor's client never writes there.
          if (role === 'editor' && changesFacilitatorMaps(into.doc, message.decoded)) {
            throw new ProtocolError(CloseCode.forbidden, 'only facilitators change the board’s settings');
          }
          return into.applyUpdate(peer, message.update);
        case 'awareness': {
          const verdict = judgeAwareness(message.entries, ownAwarenessId, {
            knownClock: (id) => into.awarenessClock(id),
            heldByAnother: (id) => into.awarenessHolder(id) !== undefined && into.awarenessHolder(id) !== peer,
          });
          if ('forbidden' in verdict) throw new ProtocolError(CloseCode.forbidden, verdict.forbidden);
          ownAwarenessId = verdict.ownId;
          if (verdict.keep.length === 0) return;
          rate.chargeWork();
          return into.applyAwareness(peer, encodeAwarenessEntries(stampRole(verdict.keep, AWARENESS_ROLE_FIELD, role)));
        }
        case 'queryAwareness':
          return into.sendAllAwareness(peer);
      }
    } catch (err) {
      const code = err instanceof ProtocolError ? err.closeCode : CloseCode.invalidUpdate;
      refuse(code, (err instanceof Error ? err.message : 'bad message').slice(0, 120));
    }
  };

  socket.on('message', (data) => {
    if (closed) return;
    if (!rate.takeMessage()) return refuse(CloseCode.rateLimited, 'too many messages');
    const bytes = toBytes(data);
    metrics.messagesIn.inc();
    metrics.bytesIn.inc(bytes.byteLength);
    if (queue) {
      queue.push(bytes);
      if (!answeredFromStorage && queue.length === 1) tryAnswerFromStorage();
      else if (bytes[0] === MessageType.sync) rooms.hurry(boardId);
    } else if (room) handle(bytes, room);
  });
  socket.on('close', () => {
    closed = true;
    if (room) rooms.leave(room, peer);
  });
  socket.on('error', (err: Error & { code?: string }) => {
    // ws closes with 1009 itself when a message is over MAX_MESSAGE_BYTES.
    if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') metrics.closed(CloseCode.messageTooBig);
    connLog.warn({ err }, 'socket error');
  });

  let answeredFromStorage = false;
  /** The board as stored, while it loads and the first message has not yet arrived to be answered with it. */
  let stored: Uint8Array[] | undefined;
  const tryAnswerFromStorage = (): void => {
    if (!stored || !queue || queue.length === 0) return;
    const answered = !closed && answerFromStorage(queue[0], stored, (message) => peer.send(message));
    stored = undefined;
    // Until the room is built only what was stored can be answered; anything else needs the room now.
    if (!answered) return rooms.hurry(boardId);
    queue.shift();
    answeredFromStorage = true;
  };
  const whenStored = (updates: Uint8Array[]): void => {
    stored = updates;
    tryAnswerFromStorage();
  };

  rooms.join(boardId, peer, whenStored).then(
    (joined) => {
      room = joined;
      stored = undefined;
      if (answeredFromStorage && !closed) joined.catchUpFromStorage(peer);
      const pending = queue ?? [];
      queue = undefined;
      // A client may send changes and leave while the board loads (one answered from storage already counts
      // itself synced): what it sent is still applied, and relayed, before it leaves the room.
      for (const bytes of pending) if (!refused) handle(bytes, joined);
      if (closed && !refused) rooms.leave(joined, peer);
    },
    (err: unknown) => {
      const code = err instanceof NewerSchemaError ? CloseCode.newerSchema : CloseCode.loadFailed;
      metrics.closed(code);
      peer.close(code, code === CloseCode.newerSchema ? 'board needs a newer Roundtable' : 'board could not be loaded');
    },
  );
}
