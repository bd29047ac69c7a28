import { ProcMeter } from '../proc-meter.ts';
import { round } from '../stats.ts';
import { clientsFor, connectAll, seededThenRestarted, settledRssMb } from './common.ts';
import type { Scenario } from './scenario.ts';

/**
 * S7: 1,000 rooms of a realistic 300-card board, loaded (one idle client each). The rooms are seeded, the server
 * restarts, its RSS is taken as the baseline, then every room is opened: RSS per room = (loaded − baseline) / rooms.
 */
export const s7: Scenario = {
  id: 'S7',
  title: 'idle memory per loaded room',
  async run(ctx) {
    const p = ctx.params.s7;
    const { rooms, baselineMb } = await seededThenRestarted(ctx, p.rooms, p.boardEntities);
    const meter = ProcMeter.start(ctx.server.pid);
    const connect = await connectAll(ctx, clientsFor(ctx.server, rooms, 1, 0));
    const loading = meter.stop();
    const loadedMb = await settledRssMb(ctx);
    return {
      figures: {
        rssPerRoomKb: round(((loadedMb - baselineMb) * 1024) / p.rooms, 1),
        baselineRssMb: round(baselineMb, 1),
        loadedRssMb: round(loadedMb, 1),
        // Server CPU to load every room and send each its board.
        loadServerCpuMs: round(loading.cpuMs, 0),
        ...connect,
      },
      notes: [],
    };
  },
};
