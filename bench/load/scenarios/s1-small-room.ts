import { clientsFor, connectAll, driveFigures, meteredDrive, seededRooms } from './common.ts';
import type { Scenario } from './scenario.ts';

/** S1: one room, every client writing (10 clients at 10 updates/s by default). */
export const s1: Scenario = {
  id: 'S1',
  title: 'one room, every client writing',
  async run(ctx) {
    const p = ctx.params.s1;
    const rooms = await seededRooms(ctx, 1, ctx.params.boardEntities);
    const clients = clientsFor(ctx.server, rooms, p.clients, p.clients);
    const connect = await connectAll(ctx, clients);
    const run = await meteredDrive(ctx, clients.map((c) => c.id), p.ratePerWriter, p.durationMs);
    return { figures: { ...driveFigures(run), ...connect }, notes: [] };
  },
};
