import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bareRelay } from './bare-relay.ts';
import { hocuspocus } from './hocuspocus.ts';
import { roundtable } from './roundtable.ts';
import type { ServerKind, ServerName } from './server-kind.ts';
import { ServerProcess } from './server-process.ts';
import { disableYWebsocketPersistence, yWebsocketServer } from './y-websocket-server.ts';

export const SERVER_KINDS: Record<ServerName, ServerKind> = {
  roundtable,
  'y-websocket-server': yWebsocketServer,
  hocuspocus,
  'bare-relay': bareRelay,
};

/**
 * Starts the reference server once with YPERSISTENCE: if y-leveldb's native LevelDB cannot run here, the suite
 * runs it in memory and says so. Returns a note for the results, if any.
 */
export async function probeYWebsocketPersistence(logDir: string): Promise<string | undefined> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rt-load-probe-'));
  try {
    const server = await ServerProcess.start(yWebsocketServer, dataDir, path.join(logDir, 'probe-y-websocket-server.log'));
    await server.stop();
    return undefined;
  } catch (err) {
    disableYWebsocketPersistence();
    return `@y/websocket-server runs in memory: YPERSISTENCE (y-leveldb) did not start here (${err instanceof Error ? err.message : String(err)}); S4 "after restart" is not applicable for it`;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
