import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';

/** The database the configuration names (DATABASE_URL, else the embedded one), with one connection: CLIs are short. */
export function openConfiguredDatabase(): Promise<Database> {
  // Keys and migrations never open webhook secrets: no SECRETS_KEY needed.
  const config = loadConfig(process.env, { secretsKeyRequired: false });
  return openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, poolSize: 1 });
}
