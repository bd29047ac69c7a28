import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathNamedRooms, type ServerKind } from './server-kind.ts';

const require = createRequire(import.meta.url);
const launcher = fileURLToPath(new URL('./hocuspocus-launcher.mjs', import.meta.url));
const benchDir = fileURLToPath(new URL('../../', import.meta.url));
const version = (require(path.join(benchDir, 'node_modules/@hocuspocus/server/package.json')) as { version: string }).version;

/** @hocuspocus/server with file persistence through its own hooks (hocuspocus-launcher.mjs); document = message prefix. */
export const hocuspocus: ServerKind = {
  name: 'hocuspocus',
  label: `@hocuspocus/server ${version}`,
  wire: 'hocuspocus',
  readyPath: '/healthz',
  launch: (port, dataDir) => ({
    command: process.execPath,
    args: [launcher],
    cwd: benchDir,
    env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
  }),
  persistent: () => true,
  createRooms: pathNamedRooms,
  async loadedRooms(origin) {
    const response = await fetch(`${origin}/healthz`);
    return ((await response.json()) as { rooms: number }).rooms;
  },
};
