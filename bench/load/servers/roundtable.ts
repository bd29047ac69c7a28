import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimit } from '../generator/pool.ts';
import { wsOrigin, type RoomRef, type ServerKind } from './server-kind.ts';

const serverDir = fileURLToPath(new URL('../../../server/', import.meta.url));
const built = path.join(serverDir, 'dist/main.js');
/** All bench clients come from 127.0.0.1; the per-address limits would refuse them. */
const NO_ADDRESS_LIMIT = '100000';

/** The built server when `pnpm build` has made it, otherwise the source through tsx. */
export function roundtableEntry(): string[] {
  return existsSync(built) ? [built] : ['--import', 'tsx', path.join(serverDir, 'src/main.ts')];
}

/** Which build ran (a hash of dist/main.js, or "source"): the server may be rebuilt while the suite runs. */
export function roundtableBuild(): string {
  if (!existsSync(built)) return 'source';
  return createHash('sha256').update(readFileSync(built)).digest('hex').slice(0, 12);
}

interface CreatedBoard {
  id: string;
  tokens: { editor: string };
}

async function createBoard(origin: string, title: string): Promise<CreatedBoard> {
  const response = await fetch(`${origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CreatedBoard;
}

export const roundtable: ServerKind = {
  name: 'roundtable',
  label: 'Roundtable',
  wire: 'y-websocket',
  readyPath: '/healthz',
  launch: (port, dataDir) => ({
    command: process.execPath,
    args: roundtableEntry(),
    cwd: serverDir,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      INIT_CWD: serverDir,
      LOG_LEVEL: 'warn',
      MAX_CONNECTIONS_PER_ADDRESS: NO_ADDRESS_LIMIT,
      CONNECT_BURST_PER_ADDRESS: NO_ADDRESS_LIMIT,
      CONNECTS_PER_SECOND_PER_ADDRESS: NO_ADDRESS_LIMIT,
    },
  }),
  persistent: () => true,
  async createRooms(origin, count, tag) {
    const indexes = Array.from({ length: count }, (_, i) => i);
    return mapLimit(indexes, 8, async (i): Promise<RoomRef> => {
      const board = await createBoard(origin, `Load ${tag} ${i + 1}`);
      const url = `${wsOrigin(origin)}/sync/${board.id}?token=${encodeURIComponent(board.tokens.editor)}`;
      return { docName: board.id, url, ackUrl: `${url}&ack=1` };
    });
  },
  async loadedRooms(origin) {
    const response = await fetch(`${origin}/healthz`);
    return ((await response.json()) as { rooms: number }).rooms;
  },
};
