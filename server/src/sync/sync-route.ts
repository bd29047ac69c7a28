import type { FastifyInstance } from 'fastify';
import { CloseCode, isBoardId } from '@roundtable/shared';
import type { Catalog } from '../catalog/catalog.ts';
import type { Rooms } from './rooms.ts';
import { serveConnection } from './connection.ts';

export interface SyncRouteOptions {
  catalog: Catalog;
  rooms: Rooms;
}

/** `GET /sync/:boardId` upgraded to a websocket speaking the y-websocket protocol (see docs/protocol.md). */
export async function syncRoute(app: FastifyInstance, { catalog, rooms }: SyncRouteOptions): Promise<void> {
  app.get<{ Params: { boardId: string }; Querystring: { ack?: string } }>(
    '/sync/:boardId',
    { websocket: true },
    (socket, request) => {
      const { boardId } = request.params;
      if (!isBoardId(boardId)) return socket.close(CloseCode.invalidBoardId, 'invalid board id');
      if (!catalog.get(boardId)) return socket.close(CloseCode.boardNotFound, 'board not found');
      serveConnection(socket, boardId, request.query.ack === '1', rooms, request.log);
    },
  );
}
