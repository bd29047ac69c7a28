/**
 * The load generator: its own process (forked by the orchestrator), so its CPU is measured apart from the
 * server's. It holds every bench client and answers the orchestrator's requests (GeneratorApi) over IPC.
 */
import type { GeneratorApi, GeneratorReply, GeneratorRequest } from './api.ts';
import { planBigBoard } from './big-board.ts';
import { drive } from './drive.ts';
import { LoadClient } from './load-client.ts';
import { ClientPool } from './pool.ts';
import { seedRooms } from './seed.ts';
import { sendBigBoard } from './send-big-board.ts';
import { RoomSyncCheck } from './sync-check.ts';

const pool = new ClientPool();

const api: GeneratorApi = {
  connect: ({ clients, concurrency, timeoutMs }) => pool.connect(clients, concurrency, timeoutMs),
  reconnect: ({ ids, timeoutMs }) => pool.reconnect(ids, timeoutMs),
  disconnect: ({ ids }) => pool.disconnect(ids),
  seed: ({ targets, entities, concurrency, timeoutMs }) => seedRooms(pool, targets, entities, concurrency, timeoutMs),
  drive: (params) => drive(pool, params),
  async bigBoard({ target, shape, ratePerBuilder, timeoutMs }) {
    const planned = performance.now();
    const plan = planBigBoard(shape);
    const planMs = performance.now() - planned;
    const { sendMs } = await sendBigBoard(target, plan, ratePerBuilder, timeoutMs);
    const updates = plan.parts.reduce((sum, part) => sum + part.length, 1);
    return { stateVector: plan.stateVector, updates, bytes: plan.bytes, planMs, sendMs };
  },
  async coldLoad({ target, stateVector, timeoutMs }) {
    const client = new LoadClient({ id: -3, ...target, writer: false }, RoomSyncCheck.fromStateVector(stateVector));
    try {
      return await client.connect(timeoutMs);
    } finally {
      await client.close();
    }
  },
};

async function handle(request: GeneratorRequest): Promise<GeneratorReply> {
  try {
    const method = api[request.method] as (params: unknown) => Promise<unknown>;
    return { id: request.id, ok: true, result: await method(request.params) };
  } catch (err) {
    return { id: request.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

if (!process.send) throw new Error('generator-main.ts runs as a forked child of the load orchestrator');
process.on('message', (request: GeneratorRequest) => {
  void handle(request).then((reply) => process.send!(reply));
});
// The orchestrator went away: nothing else may keep this process (and its sockets) alive.
process.on('disconnect', () => process.exit(0));
