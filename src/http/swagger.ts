import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

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
        { name: 'Complaints', description: 'Complaint ingest, triage and replies' },
        { name: 'Stats', description: 'Numbers for dashboards' },
      ],
    },
    hideUntagged: true,
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
