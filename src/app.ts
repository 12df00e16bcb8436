import { randomInt, randomUUID } from 'node:crypto';
import { fastifySSE } from '@fastify/sse';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { LoggerOptions } from 'pino';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { installAccessControl } from './http/auth.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors.ts';
import { registerMetrics } from './http/metrics.ts';
import { rejectHostileStructure } from './http/reject-hostile-structure.ts';
import { RouteTable } from './http/route-table.ts';
import { apiKeyRoutes } from './http/routes/api-keys.routes.ts';
import { commitmentRoutes } from './http/routes/commitments.routes.ts';
import { compensationRoutes } from './http/routes/compensations.routes.ts';
import { complaintActionRoutes } from './http/routes/complaint-actions.routes.ts';
import { complaintDetailRoutes } from './http/routes/complaint-detail.routes.ts';
import { complaintListRoutes } from './http/routes/complaint-lists.routes.ts';
import { complaintRoutes } from './http/routes/complaints.routes.ts';
import { deskRoutes } from './http/routes/desk.routes.ts';
import { feedbackRoutes } from './http/routes/feedback.routes.ts';
import { healthRoutes } from './http/routes/health.routes.ts';
import { incidentNextRoutes } from './http/routes/incident-next.routes.ts';
import { incidentRecordRoutes } from './http/routes/incident-records.routes.ts';
import { incidentReportRoutes } from './http/routes/incident-report.routes.ts';
import { incidentRoutes } from './http/routes/incidents.routes.ts';
import { metaRoutes } from './http/routes/meta.routes.ts';
import { playbookRoutes } from './http/routes/playbooks.routes.ts';
import { statementRoutes } from './http/routes/statements.routes.ts';
import { streamRoutes } from './http/routes/stream.routes.ts';
import { systemAuditRoutes } from './http/routes/system-audit.routes.ts';
import { deskNotFoundPage, webRoutes } from './http/routes/web.routes.ts';
import { webhookRoutes } from './http/routes/webhooks.routes.ts';
import { workspaceRoutes } from './http/routes/workspace.routes.ts';
import { registerSecurity } from './http/security.ts';
import { strictUtf8Json } from './http/strict-json.ts';
import { registerSwagger } from './http/swagger.ts';
import { ApiKeyService } from './services/api-keys.ts';
import { BoardCountsService } from './services/board-counts.ts';
import { CommitmentService } from './services/commitment.service.ts';
import { CompensationService } from './services/compensation.service.ts';
import { ComplaintService } from './services/complaint.service.ts';
import { ComplaintDetail } from './services/complaint-detail.ts';
import { ComplaintLists } from './services/complaint-lists.ts';
import { ComplaintReplies } from './services/complaint-replies.service.ts';
import { EventStreams } from './services/event-streams.ts';
import { FeedbackService } from './services/feedback.service.ts';
import { IdempotencyKeys } from './services/idempotency-keys.ts';
import { IncidentCommands } from './services/incident-commands.ts';
import { IncidentQueries } from './services/incident-queries.ts';
import { IncidentReads } from './services/incident-reads.ts';
import { IncidentReplays } from './services/incident-replay.ts';
import { IncidentReports } from './services/incident-report.ts';
import { IncidentVersions } from './services/incident-versions.ts';
import { IncidentWorkspace } from './services/incident-workspace.ts';
import { MetaInbound } from './services/meta-inbound.ts';
import { GraphApiTransport, MetaForwardingReplies } from './services/meta-replies.ts';
import type { LoadedPlaybook } from './services/playbook-loader.ts';
import { PlaybookRegistry } from './services/playbook-registry.ts';
import { StatementService } from './services/statement.service.ts';
import { SystemAudit } from './services/system-audit.ts';
import { loadWebAssets } from './services/web-assets.ts';
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
    // Errors before routing are problem documents too (src/http/framework-errors.ts).
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies are accepted; plain text would otherwise be parsed and reach handlers.
  app.removeContentTypeParser('text/plain');
  // Every JSON body is strict UTF-8 (400 otherwise) and another declared charset is a 415.
  strictUtf8Json(app);

  const routes = new RouteTable();
  routes.attach(app);
  // Exposed for the role-matrix tests, which walk every registered route.
  app.decorate('routeTable', routes);
  // Read once at start; a browser asking for an unknown page gets the desk's own not-found page.
  const webAssets = loadWebAssets(deps.config.WEB_DIR);
  installErrorHandling(app, routes, deskNotFoundPage(webAssets));
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
  const versionCache = new IncidentVersions();
  await versionCache.follow((channel, handlers) => deps.database.listen(channel, handlers));
  app.addHook('onClose', async () => versionCache.stop());
  const reads = new IncidentReads({ db, clock: deps.clock, playbooks: registry, versionCache });
  const complaintDeps = {
    db,
    clock: deps.clock,
    playbooks: registry,
    incidents: commands,
    firstReplyDefaultMs: deps.config.FIRST_REPLY_DEFAULT,
  };
  const complaints = new ComplaintService(complaintDeps);
  const queries = new IncidentQueries({ db, clock: deps.clock });
  // This process's instance lock: in-flight Idempotency-Keys name it, and a dead process's are free at once.
  const owner = randomInt(1, 2 ** 31 - 1);
  await deps.database.holdInstanceLock(owner);
  const idempotencyKeys = new IdempotencyKeys({ db, clock: deps.clock, owner });
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
  const reportDeps = { db, clock: deps.clock, playbooks: registry };
  await app.register(incidentReportRoutes(new IncidentReports(reportDeps), new IncidentReplays(reportDeps)));
  const owned = { db, clock: deps.clock, playbooks: registry };
  const statements = new StatementService(owned);
  const compensations = new CompensationService(owned);
  const commitments = new CommitmentService(owned);
  await app.register(statementRoutes(statements));
  await app.register(compensationRoutes(compensations, idempotencyKeys));
  await app.register(commitmentRoutes(commitments));
  await app.register(
    workspaceRoutes(new IncidentWorkspace({ ...owned, reads, statements, compensations, commitments })),
  );
  await app.register(apiKeyRoutes(apiKeys));
  await app.register(complaintRoutes(complaints, idempotencyKeys));
  await app.register(complaintListRoutes(new ComplaintLists(owned)));
  const token = deps.config.META_PAGE_TOKEN;
  // With a Page token, public replies to Facebook/Instagram complaints are also posted back under the comment.
  const replies = token
    ? new MetaForwardingReplies(complaintDeps, {
        complaints,
        transport: new GraphApiTransport({
          baseUrl: deps.config.META_GRAPH_URL,
          pageToken: token,
          timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
        }),
        onResult: (err, reply, posted) =>
          err
            ? app.log.warn({ err, replyId: reply.id }, 'could not post the reply back to Meta')
            : app.log.info({ replyId: reply.id, metaId: posted?.id }, 'reply posted back to Meta'),
      })
    : new ComplaintReplies(complaintDeps);
  await app.register(complaintActionRoutes(complaints, replies, idempotencyKeys));
  await app.register(
    complaintDetailRoutes(new ComplaintDetail({ db, clock: deps.clock, playbooks: registry })),
  );
  await app.register(webhookRoutes(webhooks));
  await app.register(systemAuditRoutes(new SystemAudit({ db })));
  const streams = new EventStreams({
    db,
    pollMs: deps.config.STREAM_POLL_MS,
    maxPerKey: deps.config.STREAM_MAX_PER_KEY,
    onError: (err) => app.log.warn({ err }, 'live stream poll failed; retrying'),
  });
  // Open streams end before the server closes: app.close() would otherwise wait on them for ever.
  app.addHook('preClose', () => streams.close());
  await app.register(fastifySSE, { heartbeatInterval: deps.config.STREAM_KEEPALIVE_MS });
  await app.register(streamRoutes(streams));
  await app.register(feedbackRoutes(new FeedbackService({ db })));
  await app.register(deskRoutes(new BoardCountsService({ db, clock: deps.clock })));
  // The browser desk at / (src/web/, built into WEB_DIR by `npm run build`).
  await app.register(webRoutes(webAssets, deps.config.WEB_DIR));
  if (deps.config.META_APP_SECRET) {
    const inbound = new MetaInbound({ db, clock: deps.clock, complaints });
    const meta = { appSecret: deps.config.META_APP_SECRET, verifyToken: deps.config.META_VERIFY_TOKEN };
    await app.register(metaRoutes(inbound, meta));
  }

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
