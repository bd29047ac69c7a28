import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FULL, SMOKE, withSetting, type Params } from './params.ts';
import type { ScenarioId } from './scenarios/scenario.ts';
import type { ServerName } from './servers/server-kind.ts';

export interface Options {
  smoke: boolean;
  params: Params;
  servers: ServerName[];
  scenarios: ScenarioId[];
  /** Where load-<date>.json and load-latest.json go. */
  outDir: string;
  /** Run every server with --cpu-prof (profiles next to the server logs). */
  profile: boolean;
}

export const ALL_SERVERS: ServerName[] = ['roundtable', 'y-websocket-server', 'hocuspocus'];
/** Run only when named: the floor no server can beat (servers/bare-relay-server.mjs). */
const FLOOR_SERVERS: ServerName[] = ['bare-relay'];
export const ALL_SCENARIOS: ScenarioId[] = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'];

export const USAGE = `usage: pnpm --filter @roundtable/bench load [-- options]
  --smoke               tiny parameters, one round (CI); exits non-zero if an update was lost or a scenario failed
  --rounds N            rounds per server (default 3; smoke 1)
  --servers a,b         of ${ALL_SERVERS.join(', ')} (default: all), or ${FLOOR_SERVERS.join(', ')} (the floor)
  --scenarios S1,S4     of ${ALL_SCENARIOS.join(', ')}
  --set key=value       any knob of params.ts, e.g. --set s2.durationMs=5000 --set s5.writerSteps=5,10,20
  --out-dir DIR         where the JSON goes (default bench/results)
  --profile             run every server with --cpu-prof; profiles go next to the server logs`;

function listOf<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) throw new Error(`unknown ${what} "${item}" (one of ${allowed.join(', ')})`);
  return items as T[];
}

export function parseOptions(argv: string[]): Options {
  const args = argv.filter((arg) => arg !== '--');
  const smoke = args.includes('--smoke');
  let params = smoke ? SMOKE : FULL;
  const options: Options = {
    smoke,
    params,
    servers: ALL_SERVERS,
    scenarios: ALL_SCENARIOS,
    outDir: fileURLToPath(new URL('../results/', import.meta.url)),
    profile: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--smoke') continue;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--rounds') params = withSetting(params, 'rounds', value());
    else if (arg === '--servers') options.servers = listOf(value(), [...ALL_SERVERS, ...FLOOR_SERVERS], 'server');
    else if (arg === '--scenarios') options.scenarios = listOf(value().toUpperCase(), ALL_SCENARIOS, 'scenario');
    else if (arg === '--out-dir') options.outDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), value());
    else if (arg === '--set') {
      const [key, setting] = value().split('=');
      if (!key || setting === undefined) throw new Error('--set needs key=value');
      params = withSetting(params, key, setting);
    } else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return { ...options, params };
}
