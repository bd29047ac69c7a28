import type { FastifyError, FastifyInstance } from 'fastify';

/** Every HTTP error body: `{ error: { code, message } }`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Structured specifics a client can show, e.g. the rows of a CSV that were refused. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);

/** One central handler: clear 4xx messages, 5xx details only in the log, never in the response. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(status).send({ error: { code: 'internal', message: 'Internal server error' } });
    }
    const code = error instanceof HttpError ? error.code : error.validation ? 'invalid_request' : (error.code ?? 'bad_request').toLowerCase();
    const details = error instanceof HttpError ? error.details : undefined;
    if (status === 401) void reply.header('www-authenticate', 'Bearer');
    return reply.status(status).send({ error: { code, message: error.message, ...details } });
  });
}
