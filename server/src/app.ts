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
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerOriginCheck } from './sync/origin-check.ts';
import { FileStorage } from './storage/file-storage.ts';
import { Rooms } from './sync/rooms.ts';
import { syncRoute } from './sync/sync-route.ts';
import type { ConnectionLimitOptions } from './sync/connection-limits.ts';
import { AccessControl } from './access/access-control.ts';
import { loadAdminToken } from './access/admin-token.ts';
import { linkBaseFrom } from './access/links.ts';
import { loggerOptions } from './http/log-redaction.ts';
import { BallotBoxes } from './voting/ballot-box.ts';
import { votingRoutes } from './voting/voting-routes.ts';
import { VersionStore } from './versions/version-store.ts';
import { autoVersionOnUnload } from './versions/auto-version.ts';
import { versionRoutes } from './versions/version-routes.ts';
import { ActivityStore } from './activity/activity-store.ts';
import { recordActivity } from './activity/activity-recorder.ts';
import { activityRoutes } from './activity/activity-routes.ts';
import { ServerMetrics } from './metrics/server-metrics.ts';
import { metricsRoute } from './metrics/metrics-route.ts';
import type { IdleQueueOptions } from './sync/idle-queue.ts';

export interface AppOptions {
  dataDir: string;
  /** The built client (client/dist); omitted or missing means an API-only server. */
  clientDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** How long an empty room stays loaded. */
  unloadGraceMs?: number;
  /** First wait before writing a board again after its disk write failed (tests shorten it). */
  saveRetryMs?: number;
  /** How long an idle board's log file stays open (tests shorten it to reach the disk on every write). */
  storageIdleCloseMs?: number;
  /** When a room whose newcomers were answered from storage is built (default: at a quiet moment, within 1 s). */
  idleBuilds?: IdleQueueOptions;
  /** Schema migrations run when a board loads (default: the shipped list). */
  migrations?: readonly Migration[];
  /** The origin share links point at (e.g. https://roundtable.example.org); default: where the request came to. */
  publicUrl?: string;
  /** Front-end origins, besides the server's own, whose pages may open the board websocket (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** Per remote address: open board websockets and connect rate (default DEFAULT_CONNECTION_LIMITS). */
  connectionLimits?: ConnectionLimitOptions;
  /** Which proxies' X-Forwarded-For to believe (Fastify `trustProxy`; TRUST_PROXY). Default: none. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** How often board websockets are pinged; no pong by the next ping terminates the socket (default 15 s). */
  heartbeatMs?: number;
  /** Also publish Node's own process figures (CPU, memory, event loop) in /metrics; the real server does. */
  processMetrics?: boolean;
  /** Called once, when the admin token is first created, so the operator can be shown it. */
  onAdminTokenCreated?(token: string, file: string): void;
}

/** Counts tests read directly; /metrics publishes the same as `roundtable_rejected_total{reason="droppedUpdate"}`. */
export interface ServerStats {
  /** Updates refused because the sender's role may not edit in the board's mode (viewers, locked, archived). */
  droppedUpdates: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    stats: ServerStats;
  }
}

/** Builds the whole server: REST API, board websocket, built client, all on one Fastify instance. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger ?? false),
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: options.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  });
  await mkdir(options.dataDir, { recursive: true });
  const catalog = await Catalog.open(path.join(options.dataDir, 'catalog.json'));
  const admin = await loadAdminToken(options.dataDir);
  if (admin.created) options.onAdminTokenCreated?.(admin.token, admin.file);
  const access = new AccessControl(catalog, admin.token);
  const linkBase = linkBaseFrom(options.publicUrl);
  const stats: ServerStats = { droppedUpdates: 0 };
  app.decorate('stats', stats);
  const metrics: ServerMetrics = new ServerMetrics(
    // Read only when /metrics is scraped, after both exist.
    { roomsLoaded: () => rooms.loadedCount, connections: () => app.websocketServer.clients.size },
    { processMetrics: options.processMetrics },
  );
  const storage = new FileStorage({
    dir: path.join(options.dataDir, 'boards'),
    logger: app.log,
    idleCloseMs: options.storageIdleCloseMs,
    observeFsync: (seconds) => metrics.fsyncSeconds.observe(seconds),
  });
  const versions = new VersionStore(path.join(options.dataDir, 'versions'));
  const activity = new ActivityStore(path.join(options.dataDir, 'activity'), app.log);
  const rooms: Rooms = new Rooms({
    storage,
    log: app.log,
    unloadGraceMs: options.unloadGraceMs ?? 2000,
    saveRetryMs: options.saveRetryMs,
    idleBuilds: options.idleBuilds,
    onChange: (boardId) => catalog.markUpdated(boardId),
    catalogEntry: (boardId) => catalog.get(boardId),
    onSchema: (boardId, schema) => catalog.markSchema(boardId, schema),
    onDroppedUpdate: (boardId, peer) => {
      stats.droppedUpdates += 1;
      metrics.reject('droppedUpdate');
      app.log.debug({ boardId, conn: peer.id, role: peer.role }, 'update dropped: this connection may not edit now');
    },
    migrations: options.migrations,
    onUnloaded: autoVersionOnUnload(versions, catalog, app.log),
    onLoaded: recordActivity(activity),
    metrics,
  });
  const ballots = new BallotBoxes(path.join(options.dataDir, 'voting'));
  const boards = new Boards(catalog, storage, rooms, async (id) => {
    await versions.remove(id);
    await ballots.clear(id);
    await activity.remove(id);
  });

  registerErrorHandler(app);
  await registerSecurityHeaders(app, options.publicUrl);
  registerOriginCheck(app, { publicUrl: options.publicUrl, allowedOrigins: options.allowedOrigins }, () => metrics.reject('foreignOrigin'));
  // The API speaks JSON only; anything else is answered 415 rather than parsed as text.
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyWebsocket, {
    options: { maxPayload: MAX_MESSAGE_BYTES },
    // In place of the plugin's own, which closes every websocket without a code before our hooks run: rooms close
    // their peers with a named code and save first, then whatever websockets are left (still upgrading) close.
    async preClose() {
      // No new websockets from here on (the plugin's own preClose does the same): clients told 1001 reconnect at once.
      app.server.removeAllListeners('upgrade');
      await rooms.closeAll(CloseCode.goingAway, 'server shutting down');
      for (const client of app.websocketServer.clients) client.close(CloseCode.goingAway, 'server shutting down');
      // Not waited for: its callback comes only once every client has answered the close.
      app.websocketServer.close();
    },
  });
  app.get('/healthz', async () => ({ ok: true, rooms: rooms.loadedCount }));
  await app.register(boardRoutes, { boards, access, linkBase });
  await app.register(transferRoutes, { boards, rooms, access, linkBase });
  await app.register(versionRoutes, { boards, rooms, access, linkBase, versions });
  await app.register(votingRoutes, { access, rooms, ballots });
  await app.register(activityRoutes, { access, activity });
  await app.register(metricsRoute, { metrics });
  await app.register(syncRoute, { access, rooms, metrics, connectionLimits: options.connectionLimits, heartbeatMs: options.heartbeatMs });
  await registerClient(app, options.clientDir);

  // Runs after the websocket plugin's preClose above, so every room is saved by now.
  app.addHook('preClose', async () => {
    await activity.close();
    await storage.close();
    await catalog.close();
  });
  return app;
}
