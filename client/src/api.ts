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
    /** What the server said beyond the message, e.g. the refused rows of an import. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const NETWORK_MESSAGE = 'Could not reach the Roundtable server. Check your connection and try again.';

/** A body in its wire form with its content type. */
export interface RawBody {
  type: string;
  text: string;
}

function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  return send<T>(method, path, body === undefined ? undefined : { type: 'application/json', text: JSON.stringify(body) });
}

async function send<T>(method: string, path: string, body?: RawBody): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body ? { 'content-type': body.type, accept: 'application/json' } : { accept: 'application/json' },
      body: body?.text,
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
  const { code, message: _message, ...details } = (error ?? {}) as Record<string, unknown>;
  return new ApiError(message, typeof code === 'string' ? code : `http_${status}`, status, details);
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

export type ExportFile = 'board.json' | 'stakeholders.csv' | 'risks.csv' | 'report.md' | 'report.html';

export const exportUrl = (boardId: string, file: ExportFile): string => `/api/boards/${encodeURIComponent(boardId)}/export/${file}`;

/** Creates a new board from a `board.json` file's text. */
export const importBoard = (fileText: string): Promise<BoardSummary> =>
  send('POST', '/api/boards/import', { type: 'application/json', text: fileText });

export interface ColumnMapping {
  header: string;
  field: string | null;
}

export interface StakeholderImportResult {
  created: number;
  organisationsCreated: number;
  mapping: ColumnMapping[];
}

export const importStakeholders = (boardId: string, csv: string): Promise<StakeholderImportResult> =>
  send('POST', `/api/boards/${encodeURIComponent(boardId)}/import/stakeholders`, { type: 'text/csv', text: csv });
