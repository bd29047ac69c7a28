import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const bareDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bare');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Builds the bare React Flow page (bench/client/bare) with Vite into a temporary folder and serves it, plus one
 * JSON document per view (`/data-<view>.json`), from a small static server on 127.0.0.1.
 */
export async function startBareServer(data: ReadonlyMap<string, unknown>): Promise<BareServer> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-bench-bare-'));
  let server: Server | undefined;
  try {
    await build({ root: bareDir, plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true }, configFile: false });
    const documents = new Map([...data].map(([view, value]) => [`/data-${view}.json`, JSON.stringify(value)]));
    server = createServer((request, response) => {
      const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const document = documents.get(pathname);
      if (document !== undefined) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(document);
        return;
      }
      const file = path.join(outDir, path.normalize(pathname === '/' ? '/index.html' : pathname));
      if (!file.startsWith(outDir)) {
        response.writeHead(404).end();
        return;
      }
      readFile(file).then(
        (body) => response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const running = server;
    return {
      url: `http://127.0.0.1:${port}`,
      stop: async () => {
        running.closeAllConnections();
        await new Promise<void>((resolve) => running.close(() => resolve()));
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    server?.close();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
