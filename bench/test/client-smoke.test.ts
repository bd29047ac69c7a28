import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The smoke run takes about 20 s on a quiet 2-core machine; a busy one (CI beside other work) can double it. */
const TIMEOUT_MS = 90_000;

interface Gesture {
  frames: number[];
  traffic: { updates: { bytes: number }[] };
}
interface Page {
  openMs: number;
  pan: Gesture;
  drag: Gesture;
  single: Gesture;
}

/** Runs `node --import tsx client/main.ts --smoke` (the bench's `client -- --smoke`) on the canvas, bounded in time. */
function runSmoke(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', 'client/main.ts', '--smoke', '--views', 'canvas', '--out', out];
    const child = spawn(process.execPath, args, { cwd: benchDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Past the time limit: SIGTERM lets the bench close Chromium and its servers; SIGKILL if it does not.
    const stop = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS - 6_000);
    const kill = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS - 2_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(stop);
      clearTimeout(kill);
      resolve({ code, output });
    });
  });
}

it(
  'the smoke benchmark measures frames on the Roundtable page and the bare page, and a drag sends updates',
  async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'roundtable-client-smoke-'));
    let text: string;
    let run: { code: number | null; output: string };
    try {
      run = await runSmoke(out);
      text = await readFile(path.join(out, 'client-smoke-latest.json'), 'utf8').catch(() => '');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    const { code, output } = run;
    expect(code, output).toBe(0);
    const result = JSON.parse(text) as { problems: string[]; rounds: { view: string; roundtable: Page; bare: Page }[] };
    expect(result.problems).toEqual([]);
    expect(result.rounds.length).toBeGreaterThan(0);
    for (const round of result.rounds) {
      for (const page of [round.roundtable, round.bare]) {
        expect(Number.isFinite(page.openMs) && page.openMs > 0).toBe(true);
        for (const gesture of [page.pan, page.drag, page.single]) {
          expect(gesture.frames.length).toBeGreaterThan(0);
          expect(gesture.frames.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
        }
      }
      const updates = round.roundtable.drag.traffic.updates;
      expect(updates.length).toBeGreaterThan(0);
      expect(updates.every((u) => Number.isFinite(u.bytes) && u.bytes > 0)).toBe(true);
    }
    expect(output).toMatch(/pan p95 ≤ 1\.2× bare/);
  },
  TIMEOUT_MS,
);
