import type { BoardMode, Role, TemplateId } from '@roundtable/shared';
/**
 * The REST API: boards, their links and files. Board content travels over the websocket, not here. Every call
 * about one board carries a link token (`Authorization: Bearer`).
 */
export interface BoardSummary {
  id: string;
  title: string;
  template: string;
  createdAt: string;
  updatedAt: string;
  mode: BoardMode;
}

/** A board as one token sees it: with the role that token gives. */
export interface BoardView extends BoardSummary {
  role: Role;
  admin?: boolean;
}

/** The answer to creating or importing a board, and to asking for or replacing links. */
export interface BoardLinks {
  tokens: Record<Role, string>;
  links: Record<Role, string>;
}

export type CreatedBoard = BoardView & BoardLinks;

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

/** A JSON request, with the board's token when given; failures become ApiErrors with the server's message. */
export function request<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  return send<T>(method, path, token, body === undefined ? undefined : { type: 'application/json', text: JSON.stringify(body) });
}

async function call(method: string, path: string, token: string | undefined, body?: RawBody, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { accept };
  if (body) headers['content-type'] = body.type;
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(path, { method, headers, body: body?.text });
  } catch {
    throw new ApiError(NETWORK_MESSAGE, 'network', 0);
  }
}

async function send<T>(method: string, path: string, token?: string, body?: RawBody): Promise<T> {
  const response = await call(method, path, token, body);
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

const boardPath = (id: string) => `/api/boards/${encodeURIComponent(id)}`;

/** Every board on the server: the operator's view, with the admin token. */
export async function listAllBoards(adminToken: string): Promise<BoardSummary[]> {
  const { boards } = await request<{ boards: BoardSummary[] }>('GET', '/api/boards', adminToken);
  return boards;
}

export const createBoard = (title: string, template: TemplateId = 'blank'): Promise<CreatedBoard> =>
  request('POST', '/api/boards', undefined, { title, template });

export const getBoard = (id: string, token: string): Promise<BoardView> => request('GET', boardPath(id), token);

export const renameBoard = (id: string, token: string, title: string): Promise<BoardSummary> => request('PATCH', boardPath(id), token, { title });

export const setBoardMode = (id: string, token: string, mode: BoardMode): Promise<BoardSummary> => request('PATCH', boardPath(id), token, { mode });

export const deleteBoard = (id: string, token: string): Promise<void> => request('DELETE', boardPath(id), token);

export const getLinks = (id: string, token: string): Promise<BoardLinks> => request('GET', `${boardPath(id)}/links`, token);

/** Replaces a role's link (all three for the facilitator's); whoever holds an old one is disconnected. */
export const replaceLink = (id: string, token: string, role: Role): Promise<BoardLinks & { replaced: Role[] }> =>
  request('POST', `${boardPath(id)}/links/${role}/rotate`, token);

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

export type ExportFile = 'board.json' | 'stakeholders.csv' | 'risks.csv' | 'report.md' | 'report.html';

/** Fetches an export (with the token, which a plain link could not carry) and saves it under the server's name. */
export async function downloadExport(boardId: string, token: string, file: ExportFile): Promise<void> {
  const response = await call('GET', `${boardPath(boardId)}/export/${file}`, token, undefined, '*/*');
  if (!response.ok) throw errorFrom(response.status, await response.json().catch(() => undefined));
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? file;
  saveFile(URL.createObjectURL(await response.blob()), name, true);
}

/** Hands a URL (a blob or data URL) to the browser as a download. */
export function saveFile(url: string, name: string, revoke = false): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  if (revoke) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Creates a new board from a `board.json` file's text. */
export const importBoard = (fileText: string): Promise<CreatedBoard> =>
  send('POST', '/api/boards/import', undefined, { type: 'application/json', text: fileText });

export interface ColumnMapping {
  header: string;
  field: string | null;
}

export interface StakeholderImportResult {
  created: number;
  organisationsCreated: number;
  mapping: ColumnMapping[];
}

export const importStakeholders = (boardId: string, token: string, csv: string): Promise<StakeholderImportResult> =>
  send('POST', `${boardPath(boardId)}/import/stakeholders`, token, { type: 'text/csv', text: csv });

export interface BallotAnswer {
  round: string;
  votes: Record<string, number>;
  voters?: number;
}

const votingPath = (id: string) => `${boardPath(id)}/voting`;

export const startVoting = (id: string, token: string, round: { title: string; cards: string[]; votesEach: number }): Promise<unknown> =>
  request('POST', votingPath(id), token, round);

export const castBallot = (id: string, token: string, ballot: { round: string; voter: string; votes: Record<string, number> }): Promise<BallotAnswer> =>
  request('PUT', `${votingPath(id)}/ballot`, token, ballot);

export const myBallot = (id: string, token: string, round: string, voter: string): Promise<BallotAnswer> =>
  request('GET', `${votingPath(id)}/ballot?${new URLSearchParams({ round, voter })}`, token);

export const revealVotes = (id: string, token: string): Promise<unknown> => request('POST', `${votingPath(id)}/reveal`, token);

export const recordVotesOnCards = (id: string, token: string): Promise<{ recorded: number }> => request('POST', `${votingPath(id)}/record`, token);

export const endVoting = (id: string, token: string): Promise<void> => request('DELETE', votingPath(id), token);
