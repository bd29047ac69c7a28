import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { stopChild, track } from '../children.ts';
import type { ServerKind } from './server-kind.ts';

const READY_TIMEOUT_MS = 60_000;

/** When set (`--profile`), every server runs with --cpu-prof and writes its profile under this directory on exit. */
let profileDir: string | undefined;

export function profileServersInto(dir: string): void {
  profileDir = dir;
}

/** A free TCP port on 127.0.0.1 (kept across restarts, so clients reconnect to the same address). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** One server under test: its process, port and data directory; restartable in place. */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private readonly log: WriteStream;

  private constructor(
    readonly kind: ServerKind,
    readonly port: number,
    readonly dataDir: string,
    logFile: string,
  ) {
    this.log = createWriteStream(logFile, { flags: 'a' });
  }

  static async start(kind: ServerKind, dataDir: string, logFile: string): Promise<ServerProcess> {
    const server = new ServerProcess(kind, await freePort(), dataDir, logFile);
    try {
      await server.launch();
    } catch (err) {
      await server.stop();
      throw err;
    }
    return server;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    if (!this.child?.pid) throw new Error(`${this.kind.name} is not running`);
    return this.child.pid;
  }

  /** Stops gracefully (SIGTERM: each server saves what it holds) and starts again on the same port and data. */
  async restart(): Promise<{ stopMs: number; startMs: number }> {
    const stopping = performance.now();
    await this.stopProcess();
    const starting = performance.now();
    await this.launch();
    return { stopMs: starting - stopping, startMs: performance.now() - starting };
  }

  async stop(): Promise<void> {
    await this.stopProcess();
    await new Promise<void>((resolve) => this.log.end(resolve));
  }

  private async stopProcess(): Promise<void> {
    if (this.child) await stopChild(this.child, 'SIGTERM', 20_000);
    this.child = undefined;
  }

  private async launch(): Promise<void> {
    const spec = this.kind.launch(this.port, this.dataDir);
    if (profileDir) spec.args.unshift('--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, this.kind.name)}`);
    const env: NodeJS.ProcessEnv = { ...process.env, ...spec.env };
    delete env.NODE_OPTIONS;
    const child = track(spawn(spec.command, spec.args, { cwd: spec.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }));
    this.child = child;
    this.log.write(`--- ${new Date().toISOString()} ${spec.command} ${spec.args.join(' ')}\n`);
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => reject(new Error(`${this.kind.name} exited (${code ?? signal}) before it was ready; see ${this.log.path}`))),
    );
    exited.catch(() => undefined);
    await Promise.race([this.waitReady(), exited]);
  }

  private async waitReady(): Promise<void> {
    const deadline = performance.now() + READY_TIMEOUT_MS;
    while (performance.now() < deadline) {
      if (!this.child || this.child.exitCode !== null) return;
      try {
        const response = await fetch(`${this.origin}${this.kind.readyPath}`);
        await response.arrayBuffer();
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${this.kind.name} was not ready within ${READY_TIMEOUT_MS} ms`);
  }
}
