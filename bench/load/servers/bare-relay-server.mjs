// @ts-check
/**
 * The floor of what any Yjs websocket server can do, for the load suite only (never an anchor): every sync
 * update or awareness message a client sends is forwarded, as the very bytes it arrived in, to every other client
 * of its room before anything else happens; only then is it applied to the room's Y.Doc, which answers newcomers'
 * sync step 1. No persistence, no checks, no re-encoding. A server's propagation latency cannot beat this one's on
 * the same machine, so it shows how much of a scenario's latency is the load generator and the network stack.
 * PORT and HOST from the environment; room = URL path; GET /healthz answers how many rooms exist.
 */
import http from 'node:http';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';

const SYNC = 0;
const AWARENESS = 1;

/** @type {Map<string, { doc: Y.Doc, sockets: Set<import('ws').WebSocket> }>} */
const rooms = new Map();

/** @param {string} name */
function roomOf(name) {
  let room = rooms.get(name);
  if (!room) {
    room = { doc: new Y.Doc(), sockets: new Set() };
    rooms.set(name, room);
  }
  return room;
}

const server = http.createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ rooms: rooms.size }));
});
const wss = new WebSocketServer({ server, perMessageDeflate: false });

wss.on('connection', (socket, request) => {
  const room = roomOf((request.url ?? '/').slice(1).split('?')[0] ?? '');
  room.sockets.add(socket);
  socket.binaryType = 'nodebuffer';
  socket.on('message', (/** @type {Buffer} */ data) => {
    const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === AWARENESS || (type === SYNC && message[1] !== syncProtocol.messageYjsSyncStep1)) {
      for (const other of room.sockets) if (other !== socket) other.send(message);
    }
    if (type !== SYNC) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC);
    syncProtocol.readSyncMessage(decoder, encoder, room.doc, socket);
    if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
  });
  socket.on('close', () => room.sockets.delete(socket));
  const hello = encoding.createEncoder();
  encoding.writeVarUint(hello, SYNC);
  syncProtocol.writeSyncStep1(hello, room.doc);
  socket.send(encoding.toUint8Array(hello));
});

server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
