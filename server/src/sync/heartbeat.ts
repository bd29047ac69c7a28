import type { WebSocket, WebSocketServer } from 'ws';

/** How often every board websocket is pinged; one that has not answered the previous ping is terminated. */
export const HEARTBEAT_INTERVAL_MS = 15_000;

/**
 * Pings every websocket of `server` each interval and terminates those that did not pong since the last ping:
 * a half-open socket (a laptop that slept, a dropped NAT mapping) is otherwise kept, with its presence, forever.
 * Returns a function that stops the heartbeat.
 */
export function startHeartbeat(server: WebSocketServer, intervalMs: number = HEARTBEAT_INTERVAL_MS): () => void {
  const answered = new WeakSet<WebSocket>();
  const onConnection = (socket: WebSocket): void => {
    answered.add(socket);
    socket.on('pong', () => answered.add(socket));
  };
  server.on('connection', onConnection);
  const timer = setInterval(() => {
    for (const socket of server.clients) {
      if (!answered.has(socket)) {
        socket.terminate();
        continue;
      }
      answered.delete(socket);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    server.off('connection', onConnection);
  };
}
