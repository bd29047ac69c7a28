import { createRequire } from 'node:module';
import path from 'node:path';
import { pathNamedRooms, type ServerKind } from './server-kind.ts';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@y/websocket-server/package.json'));
const version = (require('@y/websocket-server/package.json') as { version: string }).version;

/** Set to false by the suite when y-leveldb cannot run here: the server then keeps rooms in memory only. */
let persistence = true;

export function disableYWebsocketPersistence(): void {
  persistence = false;
}

/**
 * The reference server, unmodified: its own `bin` script (src/server.js), room = URL path. With YPERSISTENCE it
 * stores every update in LevelDB (y-leveldb) and drops a room from memory when its last client leaves.
 */
export const yWebsocketServer: ServerKind = {
  name: 'y-websocket-server',
  label: `@y/websocket-server ${version}`,
  wire: 'y-websocket',
  readyPath: '/',
  launch: (port, dataDir) => ({
    command: process.execPath,
    args: [path.join(packageDir, 'src/server.js')],
    cwd: dataDir,
    env: { PORT: String(port), HOST: '127.0.0.1', ...(persistence ? { YPERSISTENCE: path.join(dataDir, 'leveldb') } : {}) },
  }),
  persistent: () => persistence,
  createRooms: pathNamedRooms,
  loadedRooms: async () => undefined,
};
