import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';

const config = configFromEnv();
const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');
const app = await buildApp({
  dataDir: config.dataDir,
  clientDir,
  logger: { level: config.logLevel },
  publicUrl: config.publicUrl,
  allowedOrigins: config.allowedOrigins,
  processMetrics: true,
  connectionLimits: config.connectionLimits,
  trustProxy: config.trustProxy,
  onAdminTokenCreated: (token, file) =>
    console.log(`\nAdmin token (shown once; it lists every board and can issue new links for any of them):\n\n  ${token}\n\nIt is kept in ${file}.\n`),
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: saving every board');
  try {
    await app.close();
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const address = await app.listen({ port: config.port, host: config.host, backlog: config.listenBacklog });
const url = new URL(address);
if (url.hostname === '0.0.0.0' || url.hostname === '[::]') url.hostname = 'localhost';
console.log(`Roundtable is running: open ${url.origin}/  (data in ${config.dataDir})`);
