/** Every knob of the suite. `--set s2.durationMs=5000` overrides one (see cli-options.ts). */
export interface Params {
  rounds: number;
  /** Cards on the realistic board S1, S2, S5 and S6 rooms are seeded with (S7 uses its own). */
  boardEntities: number;
  /** How long to wait after the last send for updates still on their way before counting them lost. */
  drainMs: number;
  connectTimeoutMs: number;
  /** An unmeasured drive before each measured one (S1–S3), so every server's JIT is warm. */
  warmupMs: number;
  /** How long RSS must settle before it is read (five samples over this time; the median counts). */
  settleMs: number;
  /** Before a restart of @y/websocket-server (no shutdown handler): time for y-leveldb's queued writes. */
  persistSettleMs: number;
  s1: { clients: number; ratePerWriter: number; durationMs: number };
  s2: { clients: number; writers: number; ratePerWriter: number; durationMs: number };
  s3: { rooms: number; ratePerWriter: number; durationMs: number; boardEntities: number };
  s4: { nodes: number; edges: number; updates: number; builders: number; ratePerBuilder: number };
  s5: { readers: number; ratePerWriter: number; writerSteps: number[]; stepMs: number; p99LimitMs: number };
  s6: { rooms: number; clientsPerRoom: number; boardEntities: number };
  s7: { rooms: number; boardEntities: number };
}

export const FULL: Params = {
  rounds: 3,
  boardEntities: 300,
  drainMs: 5000,
  connectTimeoutMs: 60_000,
  warmupMs: 2000,
  settleMs: 1000,
  persistSettleMs: 2000,
  s1: { clients: 10, ratePerWriter: 10, durationMs: 10_000 },
  s2: { clients: 200, writers: 5, ratePerWriter: 30, durationMs: 10_000 },
  s3: { rooms: 500, ratePerWriter: 1, durationMs: 10_000, boardEntities: 30 },
  // Roundtable allows 500 updates/s per socket: ten builders at 350/s send the 50,000 updates in about 15 s.
  s4: { nodes: 5000, edges: 5000, updates: 50_000, builders: 10, ratePerBuilder: 350 },
  s5: { readers: 10, ratePerWriter: 20, writerSteps: [5, 10, 20, 30, 40, 60, 80, 110, 150, 200], stepMs: 5000, p99LimitMs: 50 },
  s6: { rooms: 100, clientsPerRoom: 10, boardEntities: 300 },
  s7: { rooms: 1000, boardEntities: 300 },
};

/** The CI smoke run: everything tiny, one round. */
export const SMOKE: Params = {
  rounds: 1,
  boardEntities: 40,
  drainMs: 3000,
  connectTimeoutMs: 20_000,
  warmupMs: 0,
  settleMs: 250,
  persistSettleMs: 500,
  s1: { clients: 4, ratePerWriter: 10, durationMs: 800 },
  s2: { clients: 12, writers: 2, ratePerWriter: 30, durationMs: 800 },
  s3: { rooms: 10, ratePerWriter: 4, durationMs: 800, boardEntities: 10 },
  s4: { nodes: 100, edges: 100, updates: 1000, builders: 4, ratePerBuilder: 400 },
  s5: { readers: 3, ratePerWriter: 20, writerSteps: [2, 4], stepMs: 600, p99LimitMs: 50 },
  s6: { rooms: 4, clientsPerRoom: 4, boardEntities: 40 },
  s7: { rooms: 10, boardEntities: 40 },
};

/** A copy of `base` with `path` (like `s2.durationMs` or `rounds`) set to `value`. */
export function withSetting(base: Params, path: string, value: string): Params {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let holder: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = holder[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) throw new Error(`unknown setting ${path}`);
    holder = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  const current = holder[last];
  if (Array.isArray(current)) holder[last] = value.split(',').map(Number);
  else if (typeof current === 'number') holder[last] = Number(value);
  else throw new Error(`unknown setting ${path}`);
  const set = holder[last];
  if ((Array.isArray(set) ? set : [set]).some((n) => !Number.isFinite(n as number))) throw new Error(`${path} needs numbers, got "${value}"`);
  return copy as unknown as Params;
}
