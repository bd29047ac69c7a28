import { ProcMeter } from '../proc-meter.ts';
import { distribution, round } from '../stats.ts';
import { clientsFor, connectAll, failOnRefusals, seededRooms, settlePersistence } from './common.ts';
import type { Scenario } from './scenario.ts';

/**
 * S6: 1,000 clients over 100 rooms (seeded with the realistic board) are connected; the server restarts; all of
 * them reconnect at the same moment. Figure: time from the server being ready until the last one has the board.
 */
export const s6: Scenario = {
  id: 'S6',
  title: 'reconnect storm after a restart',
  async run(ctx) {
    const p = ctx.params.s6;
    const rooms = await seededRooms(ctx, p.rooms, p.boardEntities);
    const clients = clientsFor(ctx.server, rooms, p.clientsPerRoom, 0);
    await connectAll(ctx, clients);
    await settlePersistence(ctx);
    const { startMs } = await ctx.server.restart();
    const meter = ProcMeter.start(ctx.server.pid);
    const timings = await ctx.gen.call('reconnect', { timeoutMs: ctx.params.connectTimeoutMs });
    const usage = meter.stop();
    failOnRefusals(timings);
    const start = distribution(timings.map((t) => t.startToSynced));
    return {
      figures: {
        allSyncedMs: round(start.max, 1),
        p50Ms: round(start.p50, 1),
        p99Ms: round(start.p99, 1),
        clients: timings.length,
        serverStartMs: round(startMs, 1),
        serverCpuPct: round(usage.cpuPct, 1),
        serverCpuMs: round(usage.cpuMs, 0),
        serverPeakRssMb: round(usage.peakRssMb, 1),
      },
      notes: [],
    };
  },
};
