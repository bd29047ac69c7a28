import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const apiPrefixes = ['/api/', '/sync/', '/healthz'];

/**
 * Serves the built client from `clientDir` when it exists. Unknown page GETs outside the API fall back to
 * index.html so that deep links like /b/<id> open the app; everything else gets a JSON 404.
 */
export async function registerClient(app: FastifyInstance, clientDir: string | undefined): Promise<void> {
  const hasClient = clientDir !== undefined && existsSync(path.join(clientDir, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt client is served without restarting.
  if (hasClient) await app.register(fastifyStatic, { root: clientDir });
  app.setNotFoundHandler((request, reply) => {
    const urlPath = request.url.split('?')[0] ?? '';
    const isApi = apiPrefixes.some((prefix) => urlPath.startsWith(prefix));
    // A missing file (say an old /assets/x.js) is a real 404; only page paths like /b/<id> get the app.
    const isFile = /\.[a-z0-9]+$/i.test(urlPath);
    if (hasClient && request.method === 'GET' && !isApi && !isFile) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'not_found', message: `No route for ${request.method} ${urlPath}` } });
  });
}
