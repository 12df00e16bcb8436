import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const DOCS_CSP =
  "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'self'; img-src 'self' data:; " +
  "font-src 'self' data:; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'";

/** OpenAPI document generated from the routes' zod schemas; served at /openapi.json and /docs. */
export async function registerSwagger(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '5P crisis-response engine',
        description:
          'Playbooks, incidents that walk the 5P rule (apologise, admit, counteract, improve, compensate), ' +
          'complaint ingest and a tamper-evident audit log. Errors are RFC 9457 problem documents.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API key: `Authorization: Bearer <key>`' },
        },
      },
      security: [{ bearer: [] }],
      tags: [
        { name: 'Health', description: 'Liveness and readiness' },
        { name: 'Playbooks', description: 'The rules per kind of crisis' },
        { name: 'Incidents', description: 'Open, advance and poll incidents' },
        { name: 'Deadlines', description: 'Stage deadlines across incidents' },
        { name: 'Audit', description: 'Append-only, hash-chained audit log' },
        { name: 'Statements', description: 'Check, draft and approve statements before they are published' },
        {
          name: 'Commitments',
          description: 'Public commitments: what an incident promised, until done, cancelled or missed',
        },
        { name: 'Complaints', description: 'Complaint ingest, triage and replies' },
        { name: 'Compensations', description: 'The compensation ledger: limits, approval, status moves' },
        { name: 'Stats', description: 'Numbers for dashboards' },
        { name: 'Stream', description: 'Live events for boards and dashboards (server-sent events)' },
        { name: 'Feedback', description: 'What complaints are about, by topic, for the rest of the company' },
        { name: 'API keys', description: 'Issue, list and revoke API keys (admin)' },
      ],
    },
    hideUntagged: true,
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // The docs page needs its own scripts, styles and images; the API's CSP (src/http/security.ts)
  // allows nothing, so the UI routes replace it with one that allows only this origin.
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
