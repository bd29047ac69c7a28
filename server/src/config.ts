import path from 'node:path';
import { parseAllowedOrigins } from './sync/origin-check.ts';
import { DEFAULT_CONNECTION_LIMITS, type ConnectionLimitOptions } from './sync/connection-limits.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  logLevel: string;
  /** The origin share links point at when the server sits behind a proxy or a domain name. */
  publicUrl: string | undefined;
  /** Other origins whose pages may open the board websocket, e.g. a front end on its own domain. */
  allowedOrigins: string[];
  /** Per remote address: open board websockets and connect rate. */
  connectionLimits: ConnectionLimitOptions;
  /**
   * Which proxies' X-Forwarded-For to believe, so per-address limits and logs see the real client (Fastify's
   * `trustProxy`): false (default), true (any), or the proxies' addresses/CIDRs.
   */
  trustProxy: boolean | string[];
  /**
   * Connections the kernel may hold for the server to accept. Node's default, 511, overflows when a thousand
   * clients reconnect at once after a restart, and the dropped ones retry only a second later. The kernel caps it
   * at net.core.somaxconn.
   */
  listenBacklog: number;
}

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 4321;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${value}"`);
  return port;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: portFrom(env.PORT),
    host: env.HOST || '127.0.0.1',
    // pnpm runs scripts inside server/; INIT_CWD is where the user typed the command, which is what they mean.
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR || './data'),
    logLevel: env.LOG_LEVEL || 'info',
    publicUrl: publicUrlFrom(env.PUBLIC_URL),
    allowedOrigins: parseAllowedOrigins(env.ALLOWED_ORIGINS),
    connectionLimits: {
      maxPerAddress: positiveIntegerFrom('MAX_CONNECTIONS_PER_ADDRESS', env, DEFAULT_CONNECTION_LIMITS.maxPerAddress),
      connectBurst: positiveIntegerFrom('CONNECT_BURST_PER_ADDRESS', env, DEFAULT_CONNECTION_LIMITS.connectBurst),
      connectsPerSecond: positiveIntegerFrom('CONNECTS_PER_SECOND_PER_ADDRESS', env, DEFAULT_CONNECTION_LIMITS.connectsPerSecond),
    },
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    listenBacklog: positiveIntegerFrom('LISTEN_BACKLOG', env, 4096),
  };
}

function positiveIntegerFrom(name: string, env: NodeJS.ProcessEnv, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number of 1 or more, got "${value}"`);
  return number;
}

function trustProxyFrom(value: string | undefined): boolean | string[] {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return value.split(',').map((entry) => entry.trim()).filter(Boolean);
}

function publicUrlFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must be an http(s) address, got "${value}"`);
  if (url.pathname !== '/') throw new Error(`PUBLIC_URL must be an origin only (like https://boards.example.org), got "${value}"`);
  return url.origin;
}
