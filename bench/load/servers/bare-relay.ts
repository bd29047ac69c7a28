import { fileURLToPath } from 'node:url';
import { pathNamedRooms, type ServerKind } from './server-kind.ts';

const script = fileURLToPath(new URL('./bare-relay-server.mjs', import.meta.url));
const benchDir = fileURLToPath(new URL('../../', import.meta.url));

/** The floor (bare-relay-server.mjs): forwards bytes before anything else, keeps no data. Run only when named. */
export const bareRelay: ServerKind = {
  name: 'bare-relay',
  label: 'bare relay (floor)',
  wire: 'y-websocket',
  readyPath: '/healthz',
  launch: (port) => ({ command: process.execPath, args: [script], cwd: benchDir, env: { PORT: String(port), HOST: '127.0.0.1' } }),
  persistent: () => false,
  createRooms: pathNamedRooms,
  loadedRooms: async () => undefined,
};
