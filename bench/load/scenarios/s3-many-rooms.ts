import { rssMb } from '../proc-meter.ts';
import { clientsFor, connectAll, driveFigures, meteredDrive, seededThenRestarted } from './common.ts';
import type { Scenario } from './scenario.ts';

/**
 * S3: many small rooms (500 × 2 clients), one writer each at 1 update/s. The rooms are seeded with a small
 * board, then the server restarts so its baseline RSS is clean; RSS per room = (RSS at the end − baseline) / rooms.
 */
export const s3: Scenario = {
  id: 'S3',
  title: 'many small rooms',
  async run(ctx) {
    const p = ctx.params.s3;
    const { rooms, baselineMb } = await seededThenRestarted(ctx, p.rooms, p.boardEntities);
    const clients = clientsFor(ctx.server, rooms, 2, 1);
    const connect = await connectAll(ctx, clients);
    const run = await meteredDrive(ctx, clients.filter((c) => c.writer).map((c) => c.id), p.ratePerWriter, p.durationMs);
    const endMb = rssMb(ctx.server.pid) ?? 0;
    const rssPerRoomKb = ((endMb - baselineMb) * 1024) / p.rooms;
    return {
      figures: { ...driveFigures(run), ...connect, baselineRssMb: Math.round(baselineMb * 10) / 10, endRssMb: Math.round(endMb * 10) / 10, rssPerRoomKb: Math.round(rssPerRoomKb * 10) / 10 },
      notes: [],
    };
  },
};
