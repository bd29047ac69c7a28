/**
 * Soak: many connect/disconnect cycles against one in-process server — good tokens, wrong tokens and a board that
 * fails to load — then checks that no room is left loaded and the heap came back to where it was.
 * Run: `npx -y pnpm@10.34.8 --filter @roundtable/bench soak [cycles]` (default 10,000). Prints a table and JSON.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { buildApp } from '@roundtable/server/app';

const CYCLES = Number(process.argv[2] ?? 10_000);
const CONCURRENCY = 10;
const WARM_UP = Math.min(500, Math.floor(CYCLES / 10));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (the "soak" script does)');

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-soak-'));
const app = await buildApp({
  dataDir,
  unloadGraceMs: 0,
  connectionLimits: { maxPerAddress: 1_000, connectBurst: 1_000_000, connectsPerSecond: 1_000_000 },
});
const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
const wsBase = base.replace(/^http/, 'ws');

async function createBoard(title: string): Promise<{ id: string; token: string }> {
  const response = await fetch(`${base}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) });
  const board = (await response.json()) as { id: string; tokens: { editor: string } };
  return { id: board.id, token: board.tokens.editor };
}

const good = await createBoard('Soak');
const broken = await createBoard('Fails to load');
const snapshot = path.join(dataDir, 'boards', broken.id, 'snapshot');
const bytes = await readFile(snapshot);
await writeFile(snapshot, Buffer.concat([bytes.subarray(0, 8), Buffer.alloc(bytes.length - 8, 0xff)]));

type Kind = 'joined' | 'refused' | 'loadFailed';
const outcomes: Record<Kind | 'unexpected', number> = { joined: 0, refused: 0, loadFailed: 0, unexpected: 0 };

/** One cycle: connect, wait for the first message or the close, disconnect. Bounded by a 5 s timer. */
function cycle(i: number): Promise<void> {
  const kind: Kind = (['joined', 'refused', 'loadFailed'] as const)[i % 3]!;
  const url =
    kind === 'joined' ? `${wsBase}/sync/${good.id}?token=${good.token}` : kind === 'refused' ? `${wsBase}/sync/${good.id}?token=wrong` : `${wsBase}/sync/${broken.id}?token=${broken.token}`;
  const expected = kind === 'refused' ? 4401 : kind === 'loadFailed' ? 4500 : 0;
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => finish(false), 5_000);
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      outcomes[ok ? kind : 'unexpected'] += 1;
      socket.removeAllListeners();
      socket.on('error', () => {});
      socket.terminate();
      resolve();
    };
    socket.on('error', () => {});
    socket.once('message', () => kind === 'joined' && finish(true));
    socket.once('close', (code) => finish(code === expected));
  });
}

async function run(from: number, to: number): Promise<void> {
  let next = from;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < to) await cycle(next++);
    }),
  );
}

async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage().heapUsed;
}

async function loadedRooms(): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { rooms } = (await (await fetch(`${base}/healthz`)).json()) as { rooms: number };
    if (rooms === 0 || Date.now() > deadline) return rooms;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const started = performance.now();
await run(0, WARM_UP);
await loadedRooms();
const heapBefore = await settledHeap();
await run(WARM_UP, CYCLES);
const roomsLeft = await loadedRooms();
const heapAfter = await settledHeap();
const seconds = (performance.now() - started) / 1000;
const growth = (heapAfter - heapBefore) / heapBefore;

await app.close();
await rm(dataDir, { recursive: true, force: true });

const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(`soak: ${CYCLES} cycles in ${seconds.toFixed(1)} s (${CONCURRENCY} at a time)`);
console.log(`  joined ${outcomes.joined}, refused (4401) ${outcomes.refused}, load failed (4500) ${outcomes.loadFailed}, unexpected ${outcomes.unexpected}`);
console.log(`  rooms left loaded: ${roomsLeft}`);
console.log(`  heap after ${WARM_UP} warm-up cycles: ${mib(heapBefore)} MiB; at the end: ${mib(heapAfter)} MiB (${(growth * 100).toFixed(1)} %)`);
console.log(JSON.stringify({ cycles: CYCLES, seconds, outcomes, roomsLeft, heapBefore, heapAfter, growth }));
process.exitCode = outcomes.unexpected === 0 && roomsLeft === 0 && growth <= 0.1 ? 0 : 1;
