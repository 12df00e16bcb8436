/** Process entry: settings → database → migrations → app → listen; graceful shutdown on signals. */
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { configOrExit } from './config-or-exit.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loggerOptions } from './logger.ts';
import { resolveSecretsKey } from './secrets-key.ts';
import { bootstrapApiKeys, firstKeyNotice } from './services/api-key-bootstrap.ts';
import { ApiKeyService } from './services/api-keys.ts';
import { loadPlaybooks } from './services/playbook-loader.ts';

const config = configOrExit();

async function main(settings: Config): Promise<void> {
  // Playbooks first: a broken file stops the start before anything is opened.
  const playbooks = await loadPlaybooks(settings.PLAYBOOKS_DIR);
  const database = await openDatabase({
    databaseUrl: settings.DATABASE_URL,
    pgliteDir: settings.PGLITE_DIR,
    poolSize: settings.DB_POOL_SIZE,
  });
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await migrateToLatest(database.db);
    const secrets = resolveSecretsKey(settings);
    if (secrets.source === 'generated')
      console.error(`Generated the webhook secrets key in ${secrets.path}.`);
    const keys = await bootstrapApiKeys(
      new ApiKeyService({ db: database.db, clock: systemClock }),
      settings.ADMIN_API_KEY,
    );
    // Printed, not logged: log lines are shipped and kept; this secret must appear exactly once.
    if (keys.kind === 'first-start') console.error(firstKeyNotice(keys.key));
    if (keys.kind === 'admin-api-key' && keys.restored) {
      console.error(
        'ADMIN_API_KEY names a key that was revoked or not admin: it is an active admin key again.',
      );
    }
    app = await buildApp({
      config: settings,
      database,
      clock: systemClock,
      logger: loggerOptions(settings.LOG_LEVEL),
      playbooks,
      secretsKey: secrets.key,
    });
  } catch (err) {
    await database.close();
    throw err;
  }
  const server = app;
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) server.log.error({ err }, 'shutting down after an error');
    else server.log.info({ signal }, 'shutting down');
    await server.close();
    await database.close();
  });
  await server.listen({ port: settings.PORT, host: settings.HOST });
  server.log.info({ database: database.kind }, 'crisis engine ready');
}

main(config).catch((err: unknown) => {
  console.error(`Cannot start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
