import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { Log } from '../logger.ts';
import { DeadlineScheduler } from '../services/deadline-scheduler.ts';
import { IdempotencyPurge } from '../services/idempotency-purge.ts';
import { IncidentCommands } from '../services/incident-commands.ts';
import type { LoadedPlaybook } from '../services/playbook-loader.ts';
import { PlaybookRegistry } from '../services/playbook-registry.ts';
import { type HostResolver, systemResolver } from '../services/webhook-address.ts';
import { WebhookDispatcher } from '../services/webhook-dispatcher.ts';
import { Worker } from './worker.ts';

export interface WorkerDeps {
  db: Kysely<DB>;
  clock: Clock;
  config: Pick<Config, 'WORKER_INTERVAL_MS' | 'WEBHOOK_TIMEOUT_MS' | 'DB_POOL_SIZE'> &
    Partial<Pick<Config, 'WEBHOOK_ALLOW_PRIVATE'>>;
  /** Opens the stored webhook signing secrets (src/secrets-key.ts). */
  secretsKey: Buffer;
  /** How webhook hosts are resolved (a stub in tests). */
  resolveHost?: HostResolver | undefined;
  playbooks: readonly LoadedPlaybook[];
  log?: Log | undefined;
  /** The API process's own services, when the worker runs inside it (one of each per process). */
  shared?: { incidents: IncidentCommands; registry: PlaybookRegistry } | undefined;
}

/** The worker with its own services: the same wiring in the API process, `npm run worker` and tests. */
export async function createWorker(deps: WorkerDeps): Promise<{
  worker: Worker;
  scheduler: DeadlineScheduler;
  dispatcher: WebhookDispatcher;
  purge: IdempotencyPurge;
}> {
  const { incidents, registry } = deps.shared ?? (await ownServices(deps));
  // Leave pool connections for the API when the worker shares its process.
  const concurrency = Math.max(1, Math.min(8, Math.floor(deps.config.DB_POOL_SIZE / 2)));
  const scheduler = new DeadlineScheduler({
    db: deps.db,
    clock: deps.clock,
    incidents,
    playbooks: registry,
    log: deps.log,
  });
  const dispatcher = new WebhookDispatcher({
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
    concurrency: Math.max(4, concurrency * 2),
    secretsKey: deps.secretsKey,
    guard: {
      resolve: deps.resolveHost ?? systemResolver,
      allowPrivate: deps.config.WEBHOOK_ALLOW_PRIVATE ?? false,
    },
  });
  const purge = new IdempotencyPurge({ db: deps.db, clock: deps.clock });
  const worker = new Worker(
    { scheduler, dispatcher, purge },
    { intervalMs: deps.config.WORKER_INTERVAL_MS, log: deps.log },
  );
  return { worker, scheduler, dispatcher, purge };
}

/** A worker process of its own (`npm run worker`, tests) builds the services the API process would share. */
async function ownServices(deps: WorkerDeps) {
  const registry = new PlaybookRegistry(deps.db);
  await registry.register(deps.playbooks, deps.clock());
  const incidents = new IncidentCommands({
    db: deps.db,
    clock: deps.clock,
    playbooks: registry,
  });
  return { incidents, registry };
}
