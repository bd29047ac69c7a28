import { ROLES, type Role } from '@roundtable/shared';

/**
 * The boards whose links this browser holds, in localStorage: the home page lists them and the board page
 * opens each with the strongest token held. The server keeps only hashes, so this is where tokens live.
 */
export interface HeldBoard {
  id: string;
  title: string;
  tokens: Partial<Record<Role, string>>;
  lastOpened: string;
}

const KEY = 'roundtable:boards';
const MAX_TOKEN = 128;

function readAll(): Record<string, HeldBoard> {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(KEY) ?? '{}');
  } catch {
    return {};
  }
  const boards: Record<string, HeldBoard> = {};
  if (!raw || typeof raw !== 'object') return boards;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const entry = value as Partial<HeldBoard> | null;
    const tokens: Partial<Record<Role, string>> = {};
    for (const role of ROLES) {
      const token = entry?.tokens?.[role];
      if (typeof token === 'string' && token.length > 0 && token.length <= MAX_TOKEN) tokens[role] = token;
    }
    if (Object.keys(tokens).length === 0) continue;
    const title = typeof entry?.title === 'string' ? entry.title : 'Untitled board';
    const lastOpened = typeof entry?.lastOpened === 'string' ? entry.lastOpened : '';
    boards[id] = { id, title, tokens, lastOpened };
  }
  return boards;
}

function writeAll(boards: Record<string, HeldBoard>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(boards));
  } catch {
    // Storage full or blocked: the board still opens from its link this time.
  }
}

/** Most recently opened first. */
export function heldBoards(): HeldBoard[] {
  return Object.values(readAll()).sort((a, b) => b.lastOpened.localeCompare(a.lastOpened));
}

export function heldBoard(id: string): HeldBoard | undefined {
  return readAll()[id];
}

/** Adds tokens and the title, when known, for a board; `opened` moves it to the top of the list. */
export function rememberBoard(id: string, update: { tokens?: Partial<Record<Role, string>>; title?: string; opened?: boolean }): void {
  const boards = readAll();
  const current = boards[id];
  boards[id] = {
    id,
    title: update.title ?? current?.title ?? 'Untitled board',
    tokens: { ...current?.tokens, ...update.tokens },
    lastOpened: update.opened || !current ? new Date().toISOString() : current.lastOpened,
  };
  writeAll(boards);
}

/** Drops one token that no longer works; the board goes from the list when none is left. */
export function forgetToken(id: string, role: Role): void {
  const boards = readAll();
  const board = boards[id];
  if (!board) return;
  delete board.tokens[role];
  if (Object.keys(board.tokens).length === 0) delete boards[id];
  writeAll(boards);
}

export function forgetBoard(id: string): void {
  const boards = readAll();
  delete boards[id];
  writeAll(boards);
}

/** The tokens held for a board, strongest role first. */
export function tokensStrongestFirst(board: HeldBoard | undefined): { role: Role; token: string }[] {
  if (!board) return [];
  return ROLES.flatMap((role) => (board.tokens[role] ? [{ role, token: board.tokens[role]! }] : []));
}
