interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
}
// Typed locally: shared/ compiles without the DOM or Node type libraries, and both provide `crypto`.
const random = (globalThis as unknown as { crypto: RandomSource }).crypto;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A random URL-safe id. Uses getRandomValues rather than randomUUID because randomUUID is missing in
 * insecure browser contexts (a board served over plain http on a LAN address).
 */
export function newId(length = 16): string {
  const bytes = random.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += alphabet[byte & 63];
  return id;
}
