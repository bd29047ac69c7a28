import type { TemplateId } from '@roundtable/shared';
/** The REST API of the catalog (board list, titles). Board content travels over the websocket, not here. */
export interface BoardSummary {
  id: string;
  title: string;
  template: string;
  createdAt: string;
  updatedAt: string;
}

/** An error to show to the user: the server's message, or a plain explanation of a network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const NETWORK_MESSAGE = 'Could not reach the Roundtable server. Check your connection and try again.';

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(NETWORK_MESSAGE, 'network', 0);
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFrom(response.status, payload);
  return payload as T;
}

function errorFrom(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const message = typeof error?.message === 'string' && error.message ? error.message : `The server answered ${status}.`;
  return new ApiError(message, typeof error?.code === 'string' ? error.code : `http_${status}`, status);
}

export async function listBoards(): Promise<BoardSummary[]> {
  const { boards } = await request<{ boards: BoardSummary[] }>('GET', '/api/boards');
  return boards;
}

export const createBoard = (title: string, template: TemplateId = 'blank'): Promise<BoardSummary> =>
  request('POST', '/api/boards', { title, template });

export const getBoard = (id: string): Promise<BoardSummary> => request('GET', `/api/boards/${encodeURIComponent(id)}`);

export const renameBoard = (id: string, title: string): Promise<BoardSummary> =>
  request('PATCH', `/api/boards/${encodeURIComponent(id)}`, { title });

export const deleteBoard = (id: string): Promise<void> => request('DELETE', `/api/boards/${encodeURIComponent(id)}`);

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
