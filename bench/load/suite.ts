import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Options } from './cli-options.ts';
import { GeneratorProcess } from './generator-process.ts';
import type { RunRecord } from './report/summary.ts';
import { SCENARIOS } from './scenarios/index.ts';
import type { Scenario } from './scenarios/scenario.ts';
import { SERVER_KINDS } from './servers/index.ts';
import { roundtableBuild } from './servers/roundtable.ts';
import type { ServerKind, ServerName } from './servers/server-kind.ts';
import { ServerProcess } from './servers/server-process.ts';

const loadAverage = () => Math.round(os.loadavg()[0]! * 100) / 100;

/** No scenario run may take longer than this, whatever its knobs say. */
const RUN_TIMEOUT_MS = 20 * 60_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One scenario on one server: a fresh data directory and server, both removed afterwards. The load generator is
 * shared by the scenarios of one server and round (it starts in about 1.5 s); every client leaves after each run.
 */
async function runOne(scenario: Scenario, kind: ServerKind, gen: GeneratorProcess, options: Options, round: number, logDir: string): Promise<RunRecord> {
  const tag = `${scenario.id.toLowerCase()}-r${round}-${Date.now().toString(36)}`;
  const logFile = path.join(logDir, `${scenario.id}-${kind.name}-r${round}.log`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `rt-load-${kind.name}-`));
  const started = performance.now();
  const notes: string[] = [];
  let server: ServerProcess | undefined;
  const build = kind.name === 'roundtable' ? roundtableBuild() : undefined;
  try {
    server = await ServerProcess.start(kind, dataDir, logFile);
    const log = (message: string) => process.stderr.write(`    ${message}\n`);
    const outcome = await withTimeout(scenario.run({ server, gen, params: options.params, round, tag, log }), RUN_TIMEOUT_MS, `${scenario.id} on ${kind.name}`);
    return { scenario: scenario.id, server: kind.name, round, ok: true, ...outcome, notes: [...notes, ...outcome.notes], wallMs: performance.now() - started, loadAverage: loadAverage(), build, logFile };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return { scenario: scenario.id, server: kind.name, round, ok: false, error, figures: {}, notes, wallMs: performance.now() - started, loadAverage: loadAverage(), build, logFile };
  } finally {
    await gen.call('disconnect', {}, 60_000).catch(() => undefined);
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Rounds × servers × scenarios, servers in turn (never two at once); the server order rotates each round. */
export async function runSuite(options: Options, logDir: string, onRun: (run: RunRecord) => void): Promise<RunRecord[]> {
  const runs: RunRecord[] = [];
  for (let round = 1; round <= options.params.rounds; round++) {
    const order: ServerName[] = options.servers.map((_, i) => options.servers[(i + round - 1) % options.servers.length]!);
    for (const name of order) {
      let gen = GeneratorProcess.start();
      try {
        for (const id of options.scenarios) {
          if (!gen.alive) gen = GeneratorProcess.start();
          const run = await runOne(SCENARIOS[id], SERVER_KINDS[name], gen, options, round, logDir);
          runs.push(run);
          onRun(run);
        }
      } finally {
        await gen.stop();
      }
    }
  }
  return runs;
}
