import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { adminQuery, withDatabase } from './global-setup.ts';

/** Which database the integration suite runs on (TEST_DATABASE_URL set → PostgreSQL). */
export const testDatabaseKind = (): 'postgres' | 'pglite' => (inject('pgServerUrl') ? 'postgres' : 'pglite');

/**
 * A fresh, migrated database for one test file, cloned from the run's template.
 * Closing it drops the clone.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const serverUrl = inject('pgServerUrl');
  const template = inject('pgTemplate');
  if (serverUrl && template) {
    const name = `fivep_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${name} template ${template}`);
    const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, name), poolSize: 20 });
    return {
      ...database,
      url: withDatabase(serverUrl, name),
      close: async () => {
        await database.close();
        await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const path = inject('pgliteTemplatePath');
  if (!path) throw new Error('the integration global setup did not prepare a database template');
  const template_ = new Blob([await readFile(path)]);
  return openDatabase({ pgliteDir: 'memory://', pgliteTemplate: template_ });
}

/** The database server URL for tests that open raw connections (PostgreSQL only). */
export function testDatabaseUrlFor(database: Database): string | null {
  void database;
  return inject('pgServerUrl');
}
