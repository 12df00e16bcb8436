import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';
import { parseSecretsKey, SECRETS_KEY_BYTES } from './domain/webhooks/secret-box.ts';

/** Where the embedded database keeps a generated key: inside its own data directory. */
export const KEY_FILE = 'fivep-secrets.key';

export type KeySource = 'SECRETS_KEY' | 'generated' | 'key file' | 'in memory';

/**
 * The key that encrypts webhook secrets. SECRETS_KEY when set (config refuses DATABASE_URL without it:
 * instances sharing a database must share the key). On the embedded database without it, a key is
 * generated into PGLITE_DIR on first start (mode 0600) and read from there after, so the data directory
 * and its key travel together (a copy of the directory is a backup that still opens). Call it after the
 * database is open: PGlite creates and locks the directory.
 */
export function resolveSecretsKey(config: Pick<Config, 'SECRETS_KEY' | 'DATABASE_URL' | 'PGLITE_DIR'>): {
  key: Buffer;
  source: KeySource;
  path?: string;
} {
  if (config.SECRETS_KEY) return { key: config.SECRETS_KEY, source: 'SECRETS_KEY' };
  if (config.DATABASE_URL) throw new Error('SECRETS_KEY must be set when DATABASE_URL is set.');
  if (config.PGLITE_DIR.startsWith('memory://')) {
    // Nothing outlives the process, the encrypted rows neither.
    return { key: randomBytes(SECRETS_KEY_BYTES), source: 'in memory' };
  }
  const path = join(config.PGLITE_DIR, KEY_FILE);
  try {
    const key = parseSecretsKey(readFileSync(path, 'utf8'));
    if (!key)
      throw new Error(`${path} does not hold a 32-byte key; restore it from a backup or set SECRETS_KEY.`);
    if ((statSync(path).mode & 0o077) !== 0) {
      throw new Error(`${path} may be read by other users; chmod 600 it.`);
    }
    return { key, source: 'key file', path };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(SECRETS_KEY_BYTES);
  // `wx`: never overwrite a key that appeared meanwhile (rows encrypted under it would be lost).
  writeFileSync(path, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return { key, source: 'generated', path };
}
