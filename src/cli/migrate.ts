/** `npm run migrate` / `npm run db:migrate:down`: applies or reverts migrations, exits 1 on failure. */
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateDown, migrateToLatest } from '../db/migrate.ts';

const direction = process.argv[2] ?? 'up';
try {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDir: config.PGLITE_DIR,
    poolSize: 1,
  });
  try {
    const result = direction === 'down' ? await migrateDown(database.db) : await migrateToLatest(database.db);
    for (const r of result.results ?? []) console.log(`${r.direction} ${r.migrationName}: ${r.status}`);
    if (!result.results?.length) console.log('nothing to migrate');
  } finally {
    await database.close();
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
