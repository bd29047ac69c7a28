import type { FastifyInstance } from 'fastify';
import type { ServerMetrics } from './server-metrics.ts';

/**
 * `GET /metrics`: Prometheus text format. It holds counts and timings only — no board ids, titles or tokens —
 * so, like /healthz, it needs no link; keep the port private if even counts should not be public.
 */
export async function metricsRoute(app: FastifyInstance, { metrics }: { metrics: ServerMetrics }): Promise<void> {
  app.get('/metrics', async (_request, reply) => {
    const body = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(body);
  });
}
