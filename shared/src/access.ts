/**
 * Who may do what on a board (see docs/roles.md). The server enforces it; clients only reflect it.
 * A link carries one role's token; a board is in one mode.
 */
export const ROLES = ['facilitator', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const BOARD_MODES = ['open', 'locked', 'archived'] as const;
/** open: facilitators and editors edit; locked: only facilitators edit; archived: nobody edits. */
export type BoardMode = (typeof BOARD_MODES)[number];

const RANK: Record<Role, number> = { viewer: 0, editor: 1, facilitator: 2 };

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
export const isBoardMode = (value: unknown): value is BoardMode =>
  typeof value === 'string' && (BOARD_MODES as readonly string[]).includes(value);

/** Whether `role` is at least `minimum` (facilitator > editor > viewer). */
export const hasRole = (role: Role, minimum: Role): boolean => RANK[role] >= RANK[minimum];

/** Whether someone with `role` may change the board's content while it is in `mode`. */
export function canEditBoard(role: Role, mode: BoardMode): boolean {
  if (mode === 'archived') return false;
  if (mode === 'locked') return role === 'facilitator';
  return role !== 'viewer';
}

/** The board's mode as mirrored into the document's `meta.mode` by the server (the catalog holds the truth). */
export const MODE_KEY = 'mode';

/** The `role` field the server stamps on every awareness state, so clients can trust who is a facilitator. */
export const AWARENESS_ROLE_FIELD = 'role';
