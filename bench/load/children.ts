import type { ChildProcess } from 'node:child_process';

/**
 * Every process the suite starts (servers, the load generator). Whatever way the orchestrator ends — normal exit,
 * an error, Ctrl-C — they are killed, so no server is left holding a port.
 */
const running = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  running.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

export function track(child: ChildProcess): ChildProcess {
  hookExit();
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Sends `signal`, then SIGKILL if the process has not exited within `graceMs`; resolves once it has exited. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
