import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  url: string;
  /** Imports a board file; returns the facilitator link (`…/b/<id>#token=…`). */
  importBoard(file: unknown): Promise<string>;
  stop(): Promise<void>;
}

const exists = (file: string) => access(file).then(() => true, () => false);

/**
 * A real Roundtable server as its own process on a free 127.0.0.1 port (PORT=0; the address is read from the line
 * it prints), with a temporary DATA_DIR. Uses server/dist/main.js when built, else runs the source through tsx.
 */
export async function startServer(root: string, timeoutMs = 30_000): Promise<RunningServer> {
  if (!(await exists(path.join(root, 'client/dist/index.html')))) {
    throw new Error('client/dist is missing: build the client first (npx -y pnpm@10.34.8 --filter @roundtable/client build)');
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-bench-client-'));
  const serverDir = path.join(root, 'server');
  const built = path.join(serverDir, 'dist/main.js');
  const args = (await exists(built)) ? [built] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', INIT_CWD: serverDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /open (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code}) before it started:\n${output}`));
      });
    });
    child.stdout!.resume();
    return { url, importBoard: (file) => importBoard(url, file), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function importBoard(url: string, file: unknown): Promise<string> {
  const response = await fetch(`${url}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(file),
    signal: AbortSignal.timeout(60_000),
  });
  if (response.status !== 201) throw new Error(`import answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  const board = (await response.json()) as { links: { facilitator: string } };
  return board.links.facilitator;
}

/** SIGTERM (the server flushes its boards), then SIGKILL after 5 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
