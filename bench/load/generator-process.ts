import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild, track } from './children.ts';
import type { GeneratorApi, GeneratorMethod, GeneratorReply, GeneratorRequest } from './generator/api.ts';

const entry = fileURLToPath(new URL('./generator/generator-main.ts', import.meta.url));

type Pending = { resolve(value: unknown): void; reject(error: Error): void; timer: NodeJS.Timeout };

/** The load generator process, seen from the orchestrator: call its API, then stop it. */
export class GeneratorProcess {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: GeneratorReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      clearTimeout(waiting.timer);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(`load generator: ${reply.error}`));
    });
    child.once('exit', (code, signal) => {
      for (const waiting of this.pending.values()) {
        clearTimeout(waiting.timer);
        waiting.reject(new Error(`the load generator exited (${code ?? signal})`));
      }
      this.pending.clear();
    });
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  static start(): GeneratorProcess {
    const child = fork(entry, [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new GeneratorProcess(track(child));
  }

  /** Calls one API method; rejects if it has not answered within `timeoutMs`. */
  call<M extends GeneratorMethod>(method: M, params: Parameters<GeneratorApi[M]>[0], timeoutMs = 300_000): ReturnType<GeneratorApi[M]> {
    const id = this.nextId++;
    const promise = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`load generator: ${method} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      const request: GeneratorRequest = { id, method, params };
      this.child.send(request);
    });
    return promise as ReturnType<GeneratorApi[M]>;
  }

  async stop(): Promise<void> {
    this.child.disconnect?.();
    await stopChild(this.child, 'SIGTERM', 3000);
  }
}
