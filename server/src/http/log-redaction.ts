import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** Link tokens travel in `/sync/…?token=`; they must never reach a log file. */
export const redactTokens = (url: string): string => url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');

/** Fastify's request log line without tokens (and without headers, which carry `Authorization`). */
export function loggerOptions(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger || typeof logger !== 'object') return logger;
  return {
    ...logger,
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, url: redactTokens(request.url), remoteAddress: request.ip }),
    },
  };
}
