/**
 * Client frame-time benchmark: Roundtable's React Flow + Yjs binding against a bare React Flow page showing the
 * same cards, in real Chromium. Open time, frame times during a pan, a many-card drag and a one-card drag, and
 * the document updates a drag sends. See bench/client/README.md.
 * Run: `npx -y pnpm@10.34.8 --filter @roundtable/bench client [-- --smoke | --rounds N | --views canvas | --profile]`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOptions } from './options.ts';
import { printProfiles } from './profile-report.ts';
import { closeEverything, runBench } from './run.ts';
import { measuredEverything, summarise } from './summary.ts';
import { formatView } from './table.ts';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(benchDir, '..');
const options = readOptions(process.argv.slice(2).filter((arg) => arg !== '--'));
const started = Date.now();
const loadBefore = os.loadavg();
const log = (line: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: closing Chromium and the servers`);
    void closeEverything().finally(() => process.exit(130));
  });
}

const outcome = await runBench(options, root, log);
const wallMs = Date.now() - started;
const problems = measuredEverything(outcome);
const views = summarise(outcome);
const machine = { node: process.version, cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg(), chromium: outcome.chromium };

if (options.profile) {
  printProfiles(outcome);
} else {
  for (const view of views) console.log(`\n${formatView(view, options.rounds)}`);
}
console.log(`wall time ${(wallMs / 1000).toFixed(1)} s; load average before/after ${loadBefore.map((n) => n.toFixed(1)).join(' ')} / ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}`);

const results = options.out ? path.resolve(options.out) : path.join(benchDir, 'results');
await mkdir(results, { recursive: true });
const date = new Date(started).toISOString().replace(/[:.]/g, '-');
const kind = options.profile ? 'client-profile' : options.smoke ? 'client-smoke' : 'client';
const json = JSON.stringify({ kind, startedAt: new Date(started).toISOString(), wallMs, options, machine, problems, views, rounds: outcome.rounds }, null, 1);
if (!options.smoke) await writeFile(path.join(results, `${kind}-${date}.json`), json);
await writeFile(path.join(results, `${kind}-latest.json`), json);
console.log(`results: ${path.relative(process.cwd(), path.join(results, `${kind}-latest.json`))}`);

if (problems.length > 0) {
  console.error(`nothing measured for:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
