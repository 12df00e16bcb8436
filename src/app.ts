import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { LoggerOptions } from 'pino';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { rejectNulCharacters } from './http/reject-nul.ts';
import { RouteTable } from './http/route-table.ts';
import { healthRoutes } from './http/routes/health.routes.ts';
import { incidentRecordRoutes } from './http/routes/incident-records.routes.ts';
import { incidentRoutes } from './http/routes/incidents.routes.ts';
import { playbookRoutes } from './http/routes/playbooks.routes.ts';
import { registerSwagger } from './http/swagger.ts';
import { IncidentService } from './services/incident.service.ts';
import { IncidentQueries } from './services/incident-queries.ts';
import type { LoadedPlaybook } from './services/playbook-loader.ts';
import { PlaybookRegistry } from './services/playbook-registry.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  logger: LoggerOptions | false;
  /** Playbooks loaded from PLAYBOOKS_DIR at start; stored as versions on build. */
  playbooks: readonly LoadedPlaybook[];
}

/** Default request body limit; routes that take bulk data raise their own. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Builds the HTTP application without listening: the server and the tests both start from here. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy: deps.config.TRUST_PROXY,
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
  // Callback-style hooks: on the polling hot path an async hook costs a promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  const routes = new RouteTable();
  routes.attach(app);
  installErrorHandling(app, routes);
  await registerSwagger(app);

  app.addHook('preValidation', rejectNulCharacters);

  const { db } = deps.database;
  const registry = new PlaybookRegistry(db);
  await registry.register(deps.playbooks, deps.clock());
  const incidents = new IncidentService({ db, clock: deps.clock, playbooks: registry });
  const queries = new IncidentQueries({ db, clock: deps.clock });

  await app.register(healthRoutes(deps.database));
  await app.register(playbookRoutes(registry));
  await app.register(incidentRoutes(incidents, queries));
  await app.register(incidentRecordRoutes(incidents, queries, db, deps.clock));
  return app;
}
