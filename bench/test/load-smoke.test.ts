import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
let outDir: string | undefined;

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface Run {
  scenario: string;
  server: string;
  ok: boolean;
  error?: string;
  figures: Record<string, number | null>;
}

/** Smaller still than --smoke, to stay within 30 s; most of the time is server starts and the 2 s unload grace. */
const TINY = ['s1.durationMs=400', 's2.durationMs=400', 's3.durationMs=500', 's3.rooms=6', 's4.updates=600', 's5.stepMs=400', 's6.rooms=3', 's7.rooms=6'];

/** The real command, as CI runs it: its own processes (orchestrator, server, load generator), real sockets. */
function runSmoke(dir: string): Promise<{ code: number; output: string }> {
  const args = ['--import', 'tsx', 'load/main.ts', '--smoke', '--servers', 'roundtable', '--out-dir', dir, ...TINY.flatMap((s) => ['--set', s])];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: benchDir, timeout: 120_000, maxBuffer: 8 * 2 ** 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

test('the smoke load suite runs every scenario against Roundtable and loses no update', async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'rt-load-smoke-'));
  const { code, output } = await runSmoke(outDir);
  expect(code, output).toBe(0);
  const result = JSON.parse(await readFile(path.join(outDir, 'load-latest.json'), 'utf8')) as { runs: Run[]; lost: Record<string, number>; failures: string[] };
  expect(result.failures).toEqual([]);
  expect(result.lost).toEqual({ roundtable: 0 });
  const figures = (scenario: string) => {
    const run = result.runs.find((r) => r.scenario === scenario && r.server === 'roundtable');
    expect(run?.ok, `${scenario}: ${run?.error}`).toBe(true);
    return run!.figures;
  };
  for (const scenario of ['S1', 'S2', 'S3']) {
    const f = figures(scenario);
    expect(f.expected).toBeGreaterThan(0);
    expect(f.delivered).toBe(f.expected);
    expect(f.p50Ms).toBeGreaterThan(0);
    expect(f.p99Ms).toBeGreaterThanOrEqual(f.p50Ms!);
    expect(f.p99Ms).toBeLessThan(2000);
    expect(f.serverCpuPct).toBeGreaterThan(0);
    expect(f.serverCpuPct).toBeLessThan(250);
    expect(f.serverPeakRssMb).toBeGreaterThan(20);
    expect(f.connectP50Ms).toBeGreaterThan(0);
  }
  expect(figures('S2').ackDelivered).toBe(figures('S2').ackExpected);
  expect(figures('S3').rssPerRoomKb).toBeTypeOf('number');
  expect(figures('S4').reloadMs).toBeGreaterThan(0);
  expect(figures('S4').restartMs).toBeGreaterThan(0);
  expect(figures('S4').buildUpdates).toBeGreaterThan(500);
  // Whether a step stays under 50 ms p99 depends on what else the machine runs; that the steps ran does not.
  expect(figures('S5').stepsRun).toBeGreaterThan(0);
  expect(figures('S6').allSyncedMs).toBeGreaterThan(0);
  expect(figures('S6').clients).toBeGreaterThan(0);
  expect(figures('S7').loadedRssMb).toBeGreaterThan(figures('S7').baselineRssMb! * 0.5);
}, 90_000);
