/** Board ids are server-generated: 16 random bytes as base64url (22 characters). */
export const BOARD_ID_PATTERN = '^[A-Za-z0-9_-]{22}$';
const boardIdRegex = new RegExp(BOARD_ID_PATTERN);

export function isBoardId(value: unknown): value is string {
  return typeof value === 'string' && boardIdRegex.test(value);
}
