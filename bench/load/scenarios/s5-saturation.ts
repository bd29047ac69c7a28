import type { ClientSpec } from '../generator/load-client.ts';
import { round } from '../stats.ts';
import { clientsFor, connectAll, meteredDrive, seededRooms, targetOf } from './common.ts';
import type { Scenario } from './scenario.ts';

interface Step {
  writers: number;
  targetRate: number;
  sentPerSecond: number;
  p99Ms: number | null;
  lost: number;
  serverCpuPct: number;
  serverCpuUsPerDelivery: number | null;
  generatorCpuPct: number;
  passed: boolean;
}

/**
 * S5: one room with a few readers; writers are added step by step (each dragging at the same rate) until p99
 * passes the limit or an update is lost. The figure is the highest rate that still met the limit.
 */
export const s5: Scenario = {
  id: 'S5',
  title: 'saturation',
  async run(ctx) {
    const p = ctx.params.s5;
    const rooms = await seededRooms(ctx, 1, ctx.params.boardEntities);
    const readers = clientsFor(ctx.server, rooms, p.readers, 0);
    await connectAll(ctx, readers);
    const writerIds: number[] = [];
    const steps: Step[] = [];
    const notes: string[] = [];
    for (const count of p.writerSteps) {
      const added: ClientSpec[] = Array.from({ length: count - writerIds.length }, (_, i) => ({
        id: readers.length + writerIds.length + i,
        ...targetOf(ctx.server, rooms[0]!, 'room-0'),
        writer: true,
      }));
      await connectAll(ctx, added);
      writerIds.push(...added.map((w) => w.id));
      const { drive, usage } = await meteredDrive(ctx, writerIds, p.ratePerWriter, p.stepMs, steps.length === 0);
      const passed = drive.lost === 0 && drive.latency.p99 !== null && drive.latency.p99 <= p.p99LimitMs;
      steps.push({
        writers: count, targetRate: count * p.ratePerWriter, sentPerSecond: round(drive.sentPerSecond, 1)!, p99Ms: round(drive.latency.p99, 2),
        lost: drive.lost, serverCpuPct: round(usage.cpuPct, 1)!,
        serverCpuUsPerDelivery: drive.delivered ? round((usage.cpuMs * 1000) / drive.delivered, 2) : null, generatorCpuPct: round(drive.generatorCpuPct, 1)!, passed,
      });
      ctx.log(`S5 ${count} writers: ${Math.round(drive.sentPerSecond)} updates/s, p99 ${round(drive.latency.p99, 1)} ms, lost ${drive.lost}`);
      if (drive.generatorCpuPct > 90) notes.push(`at ${count} writers the load generator used ${Math.round(drive.generatorCpuPct)}% of a core: figures there may be the generator's limit`);
      if (!passed) break;
    }
    const passing = steps.filter((s) => s.passed);
    const last = steps[steps.length - 1];
    if (last?.passed) notes.push('the last step still met the limit: the rate is a lower bound (add steps with --set s5.writerSteps=…)');
    return {
      figures: {
        sustainedRate: passing.length ? Math.max(...passing.map((s) => s.sentPerSecond)) : 0,
        firstFailingRate: last && !last.passed ? last.sentPerSecond : null,
        // Past saturation, updates still queued when the drain time ends count as lost there: reported, not summed.
        lost: passing.reduce((sum, s) => sum + s.lost, 0),
        lostAtFailingStep: last && !last.passed ? last.lost : null,
        stepsRun: steps.length,
      },
      details: { steps },
      notes,
    };
  },
};
