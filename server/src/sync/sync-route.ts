import type { FastifyInstance } from 'fastify';
import { CloseCode, isBoardId } from '@roundtable/shared';
import type { AccessControl } from '../access/access-control.ts';
import type { Rooms } from './rooms.ts';
import { serveConnection } from './connection.ts';
import { ConnectionLimits, DEFAULT_CONNECTION_LIMITS, limitConnections, type ConnectionLimitOptions } from './connection-limits.ts';
import { HEARTBEAT_INTERVAL_MS, startHeartbeat } from './heartbeat.ts';
import type { ServerMetrics } from '../metrics/server-metrics.ts';

export interface SyncRouteOptions {
  access: AccessControl;
  rooms: Rooms;
  metrics: ServerMetrics;
  connectionLimits?: ConnectionLimitOptions;
  heartbeatMs?: number;
}

/**
 * `GET /sync/:boardId?token=…` upgraded to a websocket speaking the y-websocket protocol (see docs/protocol.md).
 * Every refusal closes the socket before one byte of the board is sent.
 */
export async function syncRoute(app: FastifyInstance, { access, rooms, metrics, connectionLimits, heartbeatMs }: SyncRouteOptions): Promise<void> {
  const limits = new ConnectionLimits(connectionLimits ?? DEFAULT_CONNECTION_LIMITS);
  const stopHeartbeat = startHeartbeat(app.websocketServer, heartbeatMs ?? HEARTBEAT_INTERVAL_MS);
  app.addHook('onClose', async () => stopHeartbeat());
  app.get<{ Params: { boardId: string }; Querystring: { ack?: string; token?: string } }>(
    '/sync/:boardId',
    { websocket: true, onRequest: limitConnections(limits, metrics) },
    (socket, request) => {
      const { boardId } = request.params;
      const { token, ack } = request.query;
      const refuse = (code: number, reason: string): void => {
        metrics.closed(code);
        socket.close(code, reason);
      };
      if (!isBoardId(boardId)) return refuse(CloseCode.invalidBoardId, 'invalid board id');
      if (typeof token !== 'string' || token === '') return refuse(CloseCode.unauthorized, 'a link token is needed');
      const board = access.catalog.get(boardId);
      if (!board) return refuse(CloseCode.boardNotFound, 'board not found');
      const credential = access.credentialFor(board, token);
      if (!credential) return refuse(CloseCode.unauthorized, 'this link does not open this board');
      serveConnection(socket, { boardId, role: credential.role, wantsAck: ack === '1', tcp: request.raw.socket }, rooms, metrics, request.log);
    },
  );
}
