import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Anything longer is not one of our tokens; refused before hashing. */
export const MAX_TOKEN_LENGTH = 128;

/** 256 random bits, URL-safe: a facilitator link's secret and the admin token. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Tokens are long random strings, so a plain SHA-256 is enough to store them without storing them. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The editor and viewer tokens are derived from the facilitator token, so a facilitator can always be shown
 * every link of their board while the catalog keeps only hashes. The generation changes when a link is replaced.
 */
export function derivedToken(facilitatorToken: string, boardId: string, role: string, generation: number): string {
  return createHmac('sha256', facilitatorToken).update(`${boardId}:${role}:${generation}`).digest('base64url');
}
