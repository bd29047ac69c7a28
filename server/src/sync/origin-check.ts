import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface OriginRule {
  /** PUBLIC_URL's origin: when set, the server's own origin is this one rather than the Host it was reached at. */
  publicUrl?: string;
  /** Further front-end origins allowed to open the board websocket (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
}

/** `https://a.example, http://b.example:8080` → origins; anything that is not a bare http(s) origin is an error. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const url = URL.canParse(part) ? new URL(part) : undefined;
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.hash) {
        throw new Error(`ALLOWED_ORIGINS must list origins only (like https://boards.example.org), got "${part}"`);
      }
      return url.origin;
    });
}

/**
 * Whether a websocket upgrade may go ahead. No Origin header means no browser (y-websocket under Node, scripts,
 * the benchmark): those carry a link token like anyone else. A browser's Origin must be this server's own.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, rule: OriginRule): boolean {
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false; // includes "null" (sandboxed frames, file: pages)
  const url = new URL(origin);
  if (rule.allowedOrigins?.includes(url.origin)) return true;
  if (rule.publicUrl) return url.origin === new URL(rule.publicUrl).origin;
  // Without PUBLIC_URL the scheme the browser used is unknown here (TLS may end at a proxy): compare hosts.
  return host !== undefined && url.host === host.toLowerCase();
}

const isUpgrade = (request: FastifyRequest) => request.headers.upgrade?.toLowerCase() === 'websocket';

/**
 * Refuses a cross-origin websocket upgrade with HTTP 403 before it becomes a websocket: a page on another site
 * cannot use a visitor's browser to reach a board server only that visitor can reach (say one on their LAN).
 * Plain HTTP requests are left to CORS (the API sends no CORS headers).
 */
export function registerOriginCheck(app: FastifyInstance, rule: OriginRule, onRefused: () => void = () => {}): void {
  // preValidation: after @fastify/websocket's onRequest has marked the request, so it releases the socket.
  app.addHook('preValidation', async (request, reply) => {
    if (!isUpgrade(request)) return;
    const origin = request.headers.origin;
    if (originAllowed(origin, request.headers.host, rule)) return;
    request.log.info({ origin }, 'websocket upgrade refused: foreign origin');
    onRefused();
    return reply.status(403).send({ error: { code: 'forbidden_origin', message: 'This origin may not open a board connection.' } });
  });
}
