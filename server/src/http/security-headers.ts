import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** A Host header that can go into a CSP source as it is (no spaces, quotes or `;` to smuggle in directives). */
const PLAIN_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The board websocket, named outright: CSP Level 3 lets `'self'` match same-host ws:/wss: (Chromium and Firefox
 * do), but older Safari did not. With PUBLIC_URL the browser's host is that one, whatever Host the proxy passes on.
 */
function websocketSources(publicUrl: string | undefined): (request: IncomingMessage) => string {
  const fixedHost = publicUrl ? new URL(publicUrl).host : undefined;
  return (request) => {
    const host = fixedHost ?? request.headers.host ?? '';
    return PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : '';
  };
}

/**
 * Security headers on every response (API, files, the app's fallback page, errors and 404s): the app's own origin
 * only, no inline script or style, no framing, no referrer. Set in `onRequest`, so even refusals carry them.
 */
export async function registerSecurityHeaders(app: FastifyInstance, publicUrl: string | undefined): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // data:/blob: for the PNG/SVG export (html-to-image draws the view through a data: image).
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", websocketSources(publicUrl)],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // A self-hosted server may be reached over plain http on a LAN; HSTS is for the TLS front end to decide.
    strictTransportSecurity: false,
  });
}
