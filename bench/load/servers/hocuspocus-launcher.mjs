// @ts-check
/**
 * Starts @hocuspocus/server for the load suite: PORT and HOST from the environment, every document stored in
 * DATA_DIR as one file holding its whole state (written to a temporary file, fsynced, renamed) by Hocuspocus'
 * own onStoreDocument hook (debounced 2 s, at most 10 s, and when the last client leaves), loaded by
 * onLoadDocument. GET /healthz answers how many documents are loaded. SIGTERM stores every document and exits.
 *
 * Plain JavaScript (type-checked through checkJs) so the server under test runs on bare `node`, like the
 * reference server and the built Roundtable, without a TypeScript loader in its process.
 */
import { open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR is required');
/** @param {string} name */
const fileOf = (name) => path.join(dataDir, `${encodeURIComponent(name)}.ydoc`);

/**
 * @param {string} name
 * @param {Uint8Array} state
 */
async function store(name, state) {
  const temp = `${fileOf(name)}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(state);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, fileOf(name));
}

/** @param {string} name */
async function load(name) {
  try {
    return await readFile(fileOf(name));
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') return undefined;
    throw err;
  }
}

const server = new Server({
  port: Number(process.env.PORT),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  async onLoadDocument({ documentName, document }) {
    const state = await load(documentName);
    if (state) Y.applyUpdate(document, state);
  },
  async onStoreDocument({ documentName, document }) {
    await store(documentName, Y.encodeStateAsUpdate(document));
  },
  async onRequest({ request, response }) {
    if (request.url !== '/healthz') return;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ rooms: server.hocuspocus.getDocumentsCount() }));
    // Hocuspocus: a hook that rejects with no error stops the default answer.
    throw null;
  },
});

await server.listen();
console.log(`hocuspocus listening on ${server.httpURL}`);
