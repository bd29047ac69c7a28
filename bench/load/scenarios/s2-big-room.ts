import type { ClientSpec } from '../generator/load-client.ts';
import { clientsFor, connectAll, driveFigures, meteredDrive, seededRooms, targetOf } from './common.ts';
import type { Figures, Scenario } from './scenario.ts';

/**
 * S2: one room of 200 clients, 5 of them dragging cards at 30 updates/s. On Roundtable the same room is driven a
 * second time by writers that asked for durability acknowledgements (`?ack=1`): the order alternates by round.
 */
export const s2: Scenario = {
  id: 'S2',
  title: 'one big room, a few writers',
  async run(ctx) {
    const p = ctx.params.s2;
    const rooms = await seededRooms(ctx, 1, ctx.params.boardEntities);
    const room = rooms[0]!;
    const readers = clientsFor(ctx.server, rooms, p.clients - p.writers, 0);
    const connect = await connectAll(ctx, readers);
    const writersOf = (withAck: boolean, firstId: number): ClientSpec[] =>
      Array.from({ length: p.writers }, (_, i) => ({ id: firstId + i, ...targetOf(ctx.server, room, 'room-0', withAck ? room.ackUrl : room.url), writer: true }));
    const phases = room.ackUrl ? (ctx.round % 2 === 0 ? [false, true] : [true, false]) : [false];
    let figures: Figures = { ...connect };
    let nextId = readers.length;
    for (const withAck of phases) {
      const writers = writersOf(withAck, nextId);
      nextId += writers.length;
      await connectAll(ctx, writers);
      const run = await meteredDrive(ctx, writers.map((w) => w.id), p.ratePerWriter, p.durationMs);
      figures = { ...figures, ...driveFigures(run, withAck ? 'ack' : '') };
      await ctx.gen.call('disconnect', { ids: writers.map((w) => w.id) });
    }
    const plain = figures.p99Ms;
    const acked = figures.ackP99Ms;
    const delta = typeof plain === 'number' && typeof acked === 'number' ? acked - plain : null;
    return { figures: { ...figures, ackP99DeltaMs: delta === null ? null : Math.round(delta * 100) / 100 }, notes: [] };
  },
};
