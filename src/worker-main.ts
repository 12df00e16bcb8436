/** `npm run worker`: the deadline scheduler and webhook dispatcher alone, without the HTTP API. */
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { configOrExit } from './config-or-exit.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loggerOptions } from './logger.ts';
import { resolveSecretsKey } from './secrets-key.ts';
import { loadPlaybooks } from './services/playbook-loader.ts';
import { createWorker } from './worker/create-worker.ts';

const config = configOrExit();

async function main(settings: Config): Promise<void> {
  const log = pino(loggerOptions(settings.LOG_LEVEL));
  const playbooks = await loadPlaybooks(settings.PLAYBOOKS_DIR);
  const database = await openDatabase({
    databaseUrl: settings.DATABASE_URL,
    pgliteDir: settings.PGLITE_DIR,
    poolSize: settings.DB_POOL_SIZE,
  });
  await migrateToLatest(database.db);
  const { worker } = await createWorker({
    db: database.db,
    clock: systemClock,
    config: settings,
    playbooks,
    log,
    secretsKey: resolveSecretsKey(settings).key,
  });
  // Only a signal (code 0) or an error (code 1) ends the worker. An empty event loop is neither: the
  // worker's pause keeps it busy, so reaching it means the loop died, a fault a supervisor must see.
  closeWithGrace({ delay: 10_000, skip: ['beforeExit'] }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'worker shutting down after an error');
    else log.info({ signal }, 'worker shutting down');
    await worker.stop();
    await database.close();
  });
  process.once('beforeExit', () => {
    log.fatal('worker stopped without a signal');
    process.exitCode = 1;
  });
  worker.start();
  log.info({ database: database.kind }, 'worker started');
}

main(config).catch((err: unknown) => {
  console.error(`Cannot start the worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
