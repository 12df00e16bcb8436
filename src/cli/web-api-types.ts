/**
 * Writes the web desk's API types (src/web/api/schema.d.ts) from the engine's own OpenAPI document:
 * `npm run web:api-types`. It builds the app on an in-memory database (default settings, so routes that
 * exist only with optional settings, such as Meta's webhooks, are left out as they are by default) and
 * reads /openapi.json. test/integration/web/api-types.test.ts fails while the committed file differs.
 */
import { writeFile } from 'node:fs/promises';
import { buildApp } from '../app.ts';
import { systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadPlaybooks } from '../services/playbook-loader.ts';
import { renderApiTypes, WEB_API_TYPES } from './web-api-render.ts';

const config = loadConfig({ LOG_LEVEL: 'silent', WORKER: 'off', PGLITE_DIR: 'memory://' });
const database = await openDatabase({ databaseUrl: undefined, pgliteDir: 'memory://', poolSize: 1 });
try {
  await migrateToLatest(database.db);
  const app = await buildApp({
    config,
    database,
    clock: systemClock,
    logger: false,
    playbooks: await loadPlaybooks(config.PLAYBOOKS_DIR),
    secretsKey: Buffer.alloc(32, 1),
  });
  await app.ready();
  const doc = (await app.inject({ url: '/openapi.json' })).json();
  await app.close();
  await writeFile(process.argv[2] ?? WEB_API_TYPES, await renderApiTypes(doc), 'utf8');
  console.log(`wrote ${process.argv[2] ?? WEB_API_TYPES}`);
} finally {
  await database.close();
}
