/**
 * Server load suite: the same scenarios (S1–S7) against Roundtable, @y/websocket-server and @hocuspocus/server,
 * each in turn on its own loopback port, with the load generator in its own process. Prints the key figures
 * (median [min–max] over rounds), Roundtable / best anchor and the targets, and writes
 * bench/results/load-<date>.json and load-latest.json. See bench/README.md, "Load suite".
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseOptions, type Options } from './cli-options.ts';
import { detailTable, formatNumber, keyTable, type ServerColumn } from './report/table.ts';
import { evaluateRows, lostByServer, type RunRecord } from './report/summary.ts';
import { roundtableBuild, roundtableEntry } from './servers/roundtable.ts';
import { probeYWebsocketPersistence, SERVER_KINDS } from './servers/index.ts';
import { profileServersInto } from './servers/server-process.ts';
import { runSuite } from './suite.ts';

function options(): Options {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
}

function progress(run: RunRecord): void {
  const f = run.figures;
  const key = ['p99Ms', 'rssPerRoomKb', 'reloadMs', 'restartMs', 'sustainedRate', 'allSyncedMs']
    .filter((name) => f[name] !== undefined)
    .map((name) => `${name} ${formatNumber(f[name])}`)
    .join(', ');
  const state = run.ok ? `ok  ${key}${f.lost ? `, LOST ${f.lost}` : ''}` : `FAILED: ${run.error}`;
  console.log(`  round ${run.round} ${run.scenario} ${run.server.padEnd(18)} ${(run.wallMs / 1000).toFixed(1).padStart(6)} s  load ${run.loadAverage.toFixed(1).padStart(4)}  ${state}`);
}

const opts = options();
const wallStart = performance.now();
const startedAt = new Date();
const logDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-load-logs-'));
const suiteNotes: string[] = [];
if (opts.profile) profileServersInto(path.join(logDir, 'profiles'));
if (opts.servers.includes('y-websocket-server')) {
  const note = await probeYWebsocketPersistence(logDir);
  if (note) suiteNotes.push(note);
}
const roundtableRuns = `${roundtableEntry().join(' ')} (build ${roundtableBuild()})`;
suiteNotes.push(`Roundtable ran as: node ${roundtableRuns}`);
console.log(`Load suite (${opts.smoke ? 'smoke' : 'full'}): ${opts.params.rounds} round(s), servers ${opts.servers.join(', ')}, scenarios ${opts.scenarios.join(' ')}`);
console.log(`  ${os.cpus().length} cores, Node ${process.version}; server logs in ${logDir}`);

const runs = await runSuite(opts, logDir, progress);
const columns: ServerColumn[] = opts.servers.map((name) => ({ name, label: SERVER_KINDS[name].label }));
const rows = evaluateRows(runs, opts.servers);
const lost = lostByServer(runs);
const failures = runs.filter((run) => !run.ok).map((run) => `round ${run.round} ${run.scenario} on ${run.server}: ${run.error} (log: ${run.logFile})`);
const busy = runs.filter((run) => run.loadAverage > os.cpus().length);
if (busy.length > 0) {
  suiteNotes.push(`${busy.length} of ${runs.length} runs ended with the machine's load average above its ${os.cpus().length} cores: other processes competed for CPU, so their latencies and times are inflated`);
}
const builds = [...new Set(runs.map((run) => run.build).filter(Boolean))];
if (builds.length > 1) suiteNotes.push(`Roundtable was rebuilt while the suite ran (builds ${builds.join(', ')}): its rounds measured different code`);
const runNotes = [...new Set(runs.flatMap((run) => run.notes.map((note) => `${run.scenario} ${run.server}: ${note}`)))];
const wallMs = performance.now() - wallStart;

console.log(`\n${keyTable(rows, columns, lost)}\n`);
console.log(`${detailTable(runs, columns)}\n`);
for (const note of [...suiteNotes, ...runNotes]) console.log(`note: ${note}`);
for (const failure of failures) console.log(`FAILED ${failure}`);
console.log(`wall time ${(wallMs / 1000).toFixed(1)} s`);

const result = {
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  wallMs: Math.round(wallMs),
  mode: opts.smoke ? 'smoke' : 'full',
  machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryMb: Math.round(os.totalmem() / 2 ** 20), node: process.version, loadAverageAtEnd: os.loadavg() },
  servers: opts.servers.map((name) => ({ name, label: SERVER_KINDS[name].label, persistent: SERVER_KINDS[name].persistent() })),
  params: opts.params,
  table: rows,
  lost,
  failures,
  notes: [...suiteNotes, ...runNotes],
  runs,
};
await mkdir(opts.outDir, { recursive: true });
const json = `${JSON.stringify(result, null, 2)}\n`;
const stamp = startedAt.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
await writeFile(path.join(opts.outDir, `load-${stamp}.json`), json);
await writeFile(path.join(opts.outDir, 'load-latest.json'), json);
console.log(`results: ${path.join(opts.outDir, `load-${stamp}.json`)} (and load-latest.json)`);

const lostAny = Object.values(lost).some((n) => (n ?? 0) > 0);
process.exit(failures.length > 0 || lostAny ? 1 : 0);
