import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newSecret } from './tokens.ts';

export const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * The operator's token, which lists every board and can issue new links for any of them. Created on first
 * start and kept in DATA_DIR (readable by the server's user only); `created` says whether to print it.
 */
export async function loadAdminToken(dataDir: string): Promise<{ token: string; file: string; created: boolean }> {
  const file = path.join(dataDir, ADMIN_TOKEN_FILE);
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if (token.length < 32) throw new Error(`${file} does not hold an admin token; delete it to have a new one made`);
    return { token, file, created: false };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const token = newSecret();
  try {
    await writeFile(file, token + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process made it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadAdminToken(dataDir);
    throw err;
  }
  return { token, file, created: true };
}
