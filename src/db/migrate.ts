import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
  sql,
} from 'kysely';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Session-level advisory lock key: "5P migrate". Serialises instances starting at once. */
const MIGRATION_LOCK_KEY = 5_050_505;

/**
 * Loads `migrations/*.ts` (run from source: tests, CLIs) or their compiled `*.js` (`npm start` runs dist/)
 * with a plain dynamic import; Kysely's FileMigrationProvider cannot load `.ts` files under vitest.
 * A migration's name is its file name without the extension, so both forms are the same migration.
 */
class DirectoryMigrationProvider implements MigrationProvider {
  constructor(private readonly dir: string) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.dir))
      .filter((f) => /^\d.*\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
      .sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const mod = (await import(pathToFileURL(`${this.dir}${file}`).href)) as Migration;
      migrations[file.replace(/\.(ts|js)$/, '')] = mod;
    }
    return migrations;
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the untyped schema.
type AnyDb = Kysely<any>;

function migratorFor(db: AnyDb, dir: string): Migrator {
  return new Migrator({ db, provider: new DirectoryMigrationProvider(dir) });
}

/**
 * Applies pending migrations while holding an advisory lock on one connection, so several
 * instances starting against one PostgreSQL run them exactly once, one after another.
 */
export async function migrateToLatest(db: AnyDb, dir = MIGRATIONS_DIR): Promise<MigrationResultSet> {
  return withMigrationLock(db, (conn) => migratorFor(conn, dir).migrateToLatest());
}

/** Reverts the newest applied migration. */
export async function migrateDown(db: AnyDb, dir = MIGRATIONS_DIR): Promise<MigrationResultSet> {
  return withMigrationLock(db, (conn) => migratorFor(conn, dir).migrateDown());
}

/** True when every migration file has been applied. */
export async function migrationsApplied(db: AnyDb, dir = MIGRATIONS_DIR): Promise<boolean> {
  const all = await migratorFor(db, dir).getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}

async function withMigrationLock(
  db: AnyDb,
  run: (conn: AnyDb) => Promise<MigrationResultSet>,
): Promise<MigrationResultSet> {
  const result = await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      return await run(conn);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`migration ${failed?.migrationName ?? '(setup)'} failed: ${cause}`);
  }
  return result;
}
