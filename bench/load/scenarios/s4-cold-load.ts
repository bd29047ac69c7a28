import { ProcMeter } from '../proc-meter.ts';
import { settlePersistence, targetOf, waitUnloaded } from './common.ts';
import type { Scenario } from './scenario.ts';

/**
 * S4: a board of 5,000 nodes and 5,000 edges built from 50,000 small updates; then one new client opens it
 * (a) once the room has been unloaded (everyone left) and (b) after a server restart. Time: connect → every change
 * of the board received (checked against its state vector).
 */
export const s4: Scenario = {
  id: 'S4',
  title: 'cold load of a big board',
  async run(ctx) {
    const p = ctx.params.s4;
    const { server, gen } = ctx;
    const [room] = await server.kind.createRooms(server.origin, 1, ctx.tag);
    const target = targetOf(server, room!, 'room-0');
    const timeoutMs = ctx.params.connectTimeoutMs * 2;
    const built = await gen.call('bigBoard', { target, shape: { builders: p.builders, nodes: p.nodes, edges: p.edges, updates: p.updates }, ratePerBuilder: p.ratePerBuilder, timeoutMs }, 600_000);
    ctx.log(`built from ${built.updates} updates in ${Math.round(built.sendMs)} ms`);
    await waitUnloaded(ctx);
    const meter = ProcMeter.start(server.pid);
    const reload = await gen.call('coldLoad', { target, stateVector: built.stateVector, timeoutMs });
    const usage = meter.stop();
    if (!reload.ok) throw new Error(`reload after unload: ${reload.error}`);
    const notes: string[] = [];
    let restartMs: number | null = null;
    let serverStartMs: number | null = null;
    if (server.kind.persistent()) {
      await settlePersistence(ctx);
      serverStartMs = (await server.restart()).startMs;
      const restarted = await gen.call('coldLoad', { target, stateVector: built.stateVector, timeoutMs });
      if (!restarted.ok) throw new Error(`load after restart: ${restarted.error}`);
      restartMs = restarted.startToSynced;
    } else {
      notes.push('after restart: not applicable (the server keeps rooms in memory only)');
    }
    const r = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
    return {
      figures: {
        reloadMs: r(reload.startToSynced),
        restartMs: r(restartMs),
        serverStartMs: r(serverStartMs),
        reloadServerCpuPct: r(usage.cpuPct),
        reloadServerCpuMs: r(usage.cpuMs),
        reloadPeakRssMb: r(usage.peakRssMb),
        buildUpdates: built.updates,
        buildBytes: built.bytes,
        buildSendMs: r(built.sendMs),
      },
      notes,
    };
  },
};
