import path from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  logLevel: string;
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
  };
}
