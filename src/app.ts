import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { LoggerOptions } from 'pino';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { installAccessControl } from './http/auth.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { registerMetrics } from './http/metrics.ts';
import { rejectHostileStructure } from './http/reject-hostile-structure.ts';
import { RouteTable } from './http/route-table.ts';
import { apiKeyRoutes } from './http/routes/api-keys.routes.ts';
import { complaintActionRoutes } from './http/routes/complaint-actions.routes.ts';
import { complaintRoutes } from './http/routes/complaints.routes.ts';
import { healthRoutes } from './http/routes/health.routes.ts';
import { incidentNextRoutes } from './http/routes/incident-next.routes.ts';
import { incidentRecordRoutes } from './http/routes/incident-records.routes.ts';
import { incidentRoutes } from './http/routes/incidents.routes.ts';
import { playbookRoutes } from './http/routes/playbooks.routes.ts';
import { webhookRoutes } from './http/routes/webhooks.routes.ts';
import { registerSecurity } from './http/security.ts';
import { registerSwagger } from './http/swagger.ts';
import { ApiKeyService } from './services/api-keys.ts';
import { ComplaintService } from './services/complaint.service.ts';
import { ComplaintReplies } from './services/complaint-replies.service.ts';
import { IdempotencyKeys } from './services/idempotency-keys.ts';
import { IncidentCommands } from './services/incident-commands.ts';
import { IncidentQueries } from './services/incident-queries.ts';
import { IncidentReads } from './services/incident-reads.ts';
import type { LoadedPlaybook } from './services/playbook-loader.ts';
import { PlaybookRegistry } from './services/playbook-registry.ts';
import { WebhookService } from './services/webhook.service.ts';
import { type HostResolver, systemResolver } from './services/webhook-address.ts';
import { createWorker } from './worker/create-worker.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  logger: LoggerOptions | false;
  /** Playbooks loaded from PLAYBOOKS_DIR at start; stored as versions on build. */
  playbooks: readonly LoadedPlaybook[];
  /** Encrypts webhook signing secrets (src/secrets-key.ts resolves it). */
  secretsKey: Buffer;
  /** How webhook hosts are resolved; tests inject a stub (no DNS there). */
  resolveHost?: HostResolver;
}

/** Default request body limit; routes that take bulk data raise their own. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Trusts the `hops` proxies nearest to this server (proxy-addr counts hop 0 as the socket's peer). */
const trustHops =
  (hops: number) =>
  (_address: string, hop: number): boolean =>
    hop < hops;

/** Builds the HTTP application without listening: the server and the tests both start from here. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // A hop count as a function: fastify's types take no number (its runtime would, the same way).
    trustProxy:
      typeof deps.config.TRUST_PROXY === 'number'
        ? trustHops(deps.config.TRUST_PROXY)
        : deps.config.TRUST_PROXY,
    // A caller's request id is kept (so integrations can correlate), if it is a sane token.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies are accepted; plain text would otherwise be parsed and reach handlers.
  app.removeContentTypeParser('text/plain');

  const routes = new RouteTable();
  routes.attach(app);
  // Exposed for the role-matrix tests, which walk every registered route.
  app.decorate('routeTable', routes);
  installErrorHandling(app, routes);
  // Before swagger and every route: headers and CORS cover all answers, the rate limiter attaches to
  // routes as they are added, and access control (src/http/auth.ts) is the one place keys are checked.
  await registerSecurity(app, deps.config);
  const apiKeys = new ApiKeyService({ db: deps.database.db, clock: deps.clock });
  await apiKeys.listenForChanges((channel, handlers) => deps.database.listen(channel, handlers));
  installAccessControl(app, apiKeys);
  await registerSwagger(app);

  app.addHook('preValidation', rejectHostileStructure);

  const { db } = deps.database;
  const registry = new PlaybookRegistry(db);
  await registry.register(deps.playbooks, deps.clock());
  // One of each per process: the in-process worker below shares them.
  const commands = new IncidentCommands({
    db,
    clock: deps.clock,
    playbooks: registry,
  });
  const reads = new IncidentReads({ db, clock: deps.clock, playbooks: registry });
  const complaintDeps = { db, clock: deps.clock, playbooks: registry, incidents: commands };
  const complaints = new ComplaintService(complaintDeps);
  const queries = new IncidentQueries({ db, clock: deps.clock });
  const idempotencyKeys = new IdempotencyKeys({ db, clock: deps.clock });
  const resolveHost = deps.resolveHost ?? systemResolver;
  const guard = { resolve: resolveHost, allowPrivate: deps.config.WEBHOOK_ALLOW_PRIVATE };
  const webhooks = new WebhookService({ db, clock: deps.clock, guard, secretsKey: deps.secretsKey });
  await webhooks.prepareSecrets();

  await app.register(healthRoutes(deps.database));
  registerMetrics(app, deps.database, queries);
  await app.register(playbookRoutes(registry));
  await app.register(incidentRoutes({ commands, reads }));
  await app.register(incidentRecordRoutes(reads, queries));
  await app.register(incidentNextRoutes(reads));
  await app.register(apiKeyRoutes(apiKeys));
  await app.register(complaintRoutes(complaints, idempotencyKeys));
  await app.register(complaintActionRoutes(complaints, new ComplaintReplies(complaintDeps), idempotencyKeys));
  await app.register(webhookRoutes(webhooks));

  if (deps.config.WORKER === 'on') {
    // In-process worker (the default, and the only option on PGlite); `npm run worker` runs it alone.
    const { worker } = await createWorker({
      db,
      clock: deps.clock,
      config: deps.config,
      playbooks: deps.playbooks,
      log: app.log,
      resolveHost,
      secretsKey: deps.secretsKey,
      shared: { incidents: commands, registry },
    });
    app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', async () => worker.stop());
  }
  return app;
}
