/** `npm run migrate` / `npm run db:migrate:down`: applies or reverts migrations, exits 1 on failure. */

import { migrateDown, migrateToLatest } from '../db/migrate.ts';
import { openConfiguredDatabase } from './cli-database.ts';

const direction = process.argv[2] ?? 'up';
try {
  const database = await openConfiguredDatabase();
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
