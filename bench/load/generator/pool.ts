import { LoadClient, type ClientSpec, type ConnectTiming } from './load-client.ts';
import { RoomSyncCheck } from './sync-check.ts';

/** Runs `work` over `items` with at most `limit` at a time; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

/** The generator's clients, by bench id, and what each room is expected to hold. */
export class ClientPool {
  private readonly clients = new Map<number, LoadClient>();
  private readonly checks = new Map<string, RoomSyncCheck>();

  /** From now on a client of `room` is synced only once it has everything in `stateVector`. */
  expect(room: string, stateVector: Uint8Array): void {
    this.checks.set(room, RoomSyncCheck.fromStateVector(stateVector)!);
  }

  checkFor(room: string): RoomSyncCheck | undefined {
    return this.checks.get(room);
  }

  get(id: number): LoadClient {
    const client = this.clients.get(id);
    if (!client) throw new Error(`no client ${id}`);
    return client;
  }

  all(ids?: readonly number[]): LoadClient[] {
    return ids ? ids.map((id) => this.get(id)) : [...this.clients.values()];
  }

  /** Open clients of a room other than `except`. */
  roomPeers(room: string, except: number): number {
    let count = 0;
    for (const client of this.clients.values()) if (client.spec.room === room && client.spec.id !== except && client.open) count += 1;
    return count;
  }

  async connect(specs: readonly ClientSpec[], concurrency: number, timeoutMs: number): Promise<ConnectTiming[]> {
    const fresh = specs.map((spec) => {
      if (this.clients.has(spec.id)) throw new Error(`client ${spec.id} exists`);
      const client = new LoadClient(spec, this.checks.get(spec.room));
      this.clients.set(spec.id, client);
      return client;
    });
    return mapLimit(fresh, concurrency, (client) => client.connect(timeoutMs));
  }

  /** Connects existing clients again, all at once (a reconnect storm). */
  reconnect(ids: readonly number[] | undefined, timeoutMs: number): Promise<ConnectTiming[]> {
    return Promise.all(this.all(ids).map((client) => client.connect(timeoutMs)));
  }

  /** Closes clients and forgets them. */
  async disconnect(ids?: readonly number[]): Promise<void> {
    const leaving = this.all(ids);
    await mapLimit(leaving, 200, (client) => client.close());
    for (const client of leaving) this.clients.delete(client.spec.id);
  }

  /** Closes made by the server since the clients connected (rate limits, errors). */
  unexpectedCloses(): string[] {
    return this.all()
      .filter((client) => client.unexpectedClose)
      .map((client) => `client ${client.spec.id}: ${client.unexpectedClose}`);
  }
}
