import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOARD, openStorage, rebuild, reopen } from './helpers.ts';

const child = fileURLToPath(new URL('./fixtures/crash-child.ts', import.meta.url));
const serverDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs the appending child until it has acknowledged `minAcks` updates, lets it go on for `killAfterMs`, then
 * SIGKILLs it and returns the keys it saw acknowledged.
 */
async function runAndKill(dir: string, prefix: string, minAcks: number, killAfterMs: number): Promise<string[]> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dir, BOARD, prefix], {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.split('\n').length > minAcks) resolve();
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    void exited.then(() => reject(new Error(`child exited before being killed: ${stderr}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  proc.kill('SIGKILL');
  await exited;
  // The last piece is empty or a line cut short by the kill.
  return stdout.split('\n').slice(0, -1);
}

describe('crash safety', () => {
  it('a SIGKILLed writer leaves every acknowledged update loadable, round after round', async () => {
    const { dir } = await openStorage();
    const acked: string[] = [];
    for (const [round, killAfterMs] of [37, 120, 0, 250].entries()) {
      acked.push(...(await runAndKill(dir, `r${round}`, 20, killAfterMs)));
    }

    const map = rebuild((await reopen(dir).load(BOARD)).updates).getMap('m');
    expect(acked.filter((key) => !map.has(key))).toEqual([]);
  });
});
