import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyWebsocket from '@fastify/websocket';
import { CloseCode, MAX_BODY_BYTES, MAX_MESSAGE_BYTES, type Migration } from '@roundtable/shared';
import { Catalog } from './catalog/catalog.ts';
import { Boards } from './catalog/boards.ts';
import { boardRoutes } from './catalog/board-routes.ts';
import { transferRoutes } from './transfer/transfer-routes.ts';
import { registerErrorHandler } from './http/errors.ts';
import { registerClient } from './http/static.ts';
import { FileStorage } from './storage/file-storage.ts';
import { Rooms } from './sync/rooms.ts';
import { syncRoute } from './sync/sync-route.ts';

export interface AppOptions {
  dataDir: string;
  /** The built client (client/dist); omitted or missing means an API-only server. */
  clientDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** How long an empty room stays loaded. */
  unloadGraceMs?: number;
  /** Schema migrations run when a board loads (default: the shipped list). */
  migrations?: readonly Migration[];
}

/** Builds the whole server: REST API, board websocket, built client, all on one Fastify instance. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  });
  await mkdir(options.dataDir, { recursive: true });
  const catalog = await Catalog.open(path.join(options.dataDir, 'catalog.json'));
  const storage = new FileStorage({ dir: path.join(options.dataDir, 'boards'), logger: app.log });
  const rooms = new Rooms({
    storage,
    log: app.log,
    unloadGraceMs: options.unloadGraceMs ?? 2000,
    onChange: (boardId) => catalog.markUpdated(boardId),
    titleOf: (boardId) => catalog.get(boardId)?.title,
    migrations: options.migrations,
  });
  const boards = new Boards(catalog, storage, rooms);

  registerErrorHandler(app);
  // The API speaks JSON only; anything else is answered 415 rather than parsed as text.
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_MESSAGE_BYTES } });
  app.get('/healthz', async () => ({ ok: true, rooms: rooms.loadedCount }));
  await app.register(boardRoutes, { boards });
  await app.register(transferRoutes, { boards, rooms });
  await app.register(syncRoute, { catalog, rooms });
  await registerClient(app, options.clientDir);

  // Runs before @fastify/websocket's own onClose, so peers get a named close code and every room is saved.
  app.addHook('preClose', async () => {
    await rooms.closeAll(CloseCode.goingAway, 'server shutting down');
    await storage.close();
    await catalog.close();
  });
  return app;
}
