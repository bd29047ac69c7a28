import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DriveResult } from '../generator/drive.ts';
import type { ClientSpec, ConnectTiming } from '../generator/load-client.ts';
import type { RoomTarget } from '../generator/seed.ts';
import { cpuMs, ProcMeter, rssMb, type Usage } from '../proc-meter.ts';
import type { RoomRef } from '../servers/server-kind.ts';
import type { ServerProcess } from '../servers/server-process.ts';
import { distribution, round } from '../stats.ts';
import type { Figures, ScenarioContext } from './scenario.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function targetOf(server: ServerProcess, room: RoomRef, key: string, url = room.url): RoomTarget {
  return { url, docName: room.docName, wire: server.kind.wire, room: key };
}

/** `perRoom` clients in each room; the first `writersPerRoom` of each room write. Ids count up from `firstId`. */
export function clientsFor(server: ServerProcess, rooms: RoomRef[], perRoom: number, writersPerRoom: number, firstId = 0): ClientSpec[] {
  const specs: ClientSpec[] = [];
  rooms.forEach((room, r) => {
    for (let i = 0; i < perRoom; i++) {
      specs.push({ id: firstId + specs.length, ...targetOf(server, room, `room-${r}`), writer: i < writersPerRoom });
    }
  });
  return specs;
}

/** Makes rooms and seeds each with the realistic board; its clients will wait for that board when they sync. */
export async function seededRooms(ctx: ScenarioContext, count: number, entities: number): Promise<RoomRef[]> {
  const { server, gen, params } = ctx;
  const rooms = await server.kind.createRooms(server.origin, count, `${ctx.tag}`);
  const targets = rooms.map((room, r) => targetOf(server, room, `room-${r}`));
  await gen.call('seed', { targets, entities, concurrency: 16, timeoutMs: params.connectTimeoutMs });
  // @y/websocket-server loads a room asynchronously and stores the previous session's state only after that
  // load: a room reopened at once can be read before the seed is written, and stay empty. Let it settle.
  await settlePersistence(ctx);
  return rooms;
}

/** Seeded rooms on a freshly restarted server, and its settled RSS then (MiB): the baseline with no room loaded. */
export async function seededThenRestarted(ctx: ScenarioContext, count: number, entities: number): Promise<{ rooms: RoomRef[]; baselineMb: number }> {
  const rooms = await seededRooms(ctx, count, entities);
  await ctx.server.restart();
  return { rooms, baselineMb: await settledRssMb(ctx) };
}

/** Connects clients; fails the scenario if any could not sync. Returns socket-open → synced figures. */
export async function connectAll(ctx: ScenarioContext, clients: ClientSpec[], concurrency = 50): Promise<Figures> {
  const timings = await ctx.gen.call('connect', { clients, concurrency, timeoutMs: ctx.params.connectTimeoutMs });
  failOnRefusals(timings);
  return connectFigures(timings);
}

export function failOnRefusals(timings: ConnectTiming[]): void {
  const failed = timings.filter((timing) => !timing.ok);
  if (failed.length > 0) throw new Error(`${failed.length} of ${timings.length} clients did not sync, e.g. ${failed[0]!.error}`);
}

export function connectFigures(timings: ConnectTiming[]): Figures {
  const open = distribution(timings.map((t) => t.openToSynced));
  return { connectP50Ms: round(open.p50, 2), connectP99Ms: round(open.p99, 2) };
}

/**
 * Runs a drive while metering the server (after an unmeasured warm-up unless `warmup` is false); throws if the
 * server closed anyone.
 */
export async function meteredDrive(ctx: ScenarioContext, writerIds: number[], ratePerWriter: number, durationMs: number, warmup = true): Promise<{ drive: DriveResult; usage: Usage }> {
  if (warmup && ctx.params.warmupMs > 0) {
    await ctx.gen.call('drive', { writerIds, ratePerWriter, durationMs: ctx.params.warmupMs, drainMs: ctx.params.drainMs });
  }
  const meter = ProcMeter.start(ctx.server.pid);
  const drive = await ctx.gen.call('drive', { writerIds, ratePerWriter, durationMs, drainMs: ctx.params.drainMs });
  const usage = meter.stop();
  if (drive.unexpectedCloses.length > 0) throw new Error(`the server closed ${drive.unexpectedCloses.length} clients, e.g. ${drive.unexpectedCloses[0]}`);
  return { drive, usage };
}

export function driveFigures({ drive, usage }: { drive: DriveResult; usage: Usage }, prefix = ''): Figures {
  const figures: Figures = {
    p50Ms: round(drive.latency.p50, 2),
    p95Ms: round(drive.latency.p95, 2),
    p99Ms: round(drive.latency.p99, 2),
    maxMs: round(drive.latency.max, 2),
    sent: drive.sent,
    sentPerSecond: round(drive.sentPerSecond, 1),
    expected: drive.expected,
    delivered: drive.delivered,
    lost: drive.lost,
    skippedSends: drive.skipped,
    serverCpuPct: round(usage.cpuPct, 1),
    serverCpuMs: round(usage.cpuMs, 0),
    // Server CPU per update delivered to one client: the cost of relaying, robust to other load on the machine.
    serverCpuUsPerDelivery: drive.delivered ? round((usage.cpuMs * 1000) / drive.delivered, 2) : null,
    serverPeakRssMb: round(usage.peakRssMb, 1),
    generatorCpuPct: round(drive.generatorCpuPct, 1),
  };
  return Object.fromEntries(Object.entries(figures).map(([key, value]) => [prefix ? `${prefix}${key[0]!.toUpperCase()}${key.slice(1)}` : key, value]));
}

/**
 * Waits until the server has dropped every room from memory. @y/websocket-server cannot tell, but with
 * persistence it drops a room as its last client leaves; its y-leveldb writes get time to settle.
 */
export async function waitUnloaded(ctx: ScenarioContext, timeoutMs = 60_000): Promise<void> {
  const { server } = ctx;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const loaded = await server.kind.loadedRooms(server.origin);
    if (loaded === undefined) return settlePersistence(ctx);
    if (loaded === 0) return;
    if (performance.now() > deadline) throw new Error(`${loaded} rooms still loaded after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Bytes of every file under `dir`. */
async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/**
 * Before a restart (or reopening rooms): Roundtable and Hocuspocus save every loaded room on SIGTERM and read
 * rooms in order. @y/websocket-server has no shutdown handler and y-leveldb writes in the background: SIGTERM
 * loses what it had not written yet. So wait `persistSettleMs`, then until its data directory has not grown for as
 * long again (at most a second; 30 s in all).
 */
export async function settlePersistence(ctx: ScenarioContext): Promise<void> {
  if ((await ctx.server.kind.loadedRooms(ctx.server.origin)) !== undefined) return;
  const interval = Math.min(1000, ctx.params.persistSettleMs);
  await sleep(ctx.params.persistSettleMs);
  let last = await treeBytes(ctx.server.dataDir);
  for (let i = 0; i < 30_000 / interval; i++) {
    await sleep(interval);
    const now = await treeBytes(ctx.server.dataDir);
    if (now === last) return;
    last = now;
  }
}

/** Waits (30 s at most) until the server used under 5% of a core over 250 ms: work it defers is done. */
async function serverIdle(ctx: ScenarioContext): Promise<void> {
  const windowMs = 250;
  for (let i = 0; i < 30_000 / windowMs; i++) {
    const before = cpuMs(ctx.server.pid);
    await sleep(windowMs);
    if (cpuMs(ctx.server.pid) - before < windowMs * 0.05) return;
  }
}

/**
 * RSS after things settle: once the server is idle (Roundtable builds boards answered from storage when it is
 * quiet; Hocuspocus stores documents on a debounce), the median of five samples over `settleMs`, MiB.
 */
export async function settledRssMb(ctx: ScenarioContext): Promise<number> {
  await serverIdle(ctx);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sleep(ctx.params.settleMs / 5);
    samples.push(rssMb(ctx.server.pid) ?? 0);
  }
  return samples.sort((a, b) => a - b)[2]!;
}
