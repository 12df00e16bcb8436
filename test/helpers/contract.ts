import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

/**
 * Every answer a test receives is checked against the zod schema its route declares for that status:
 * the hot routes serialise without validation in production (src/http/trusted-json.ts), so this is
 * where a mapper drifting from its documented schema is caught. A mismatch fails the request (500).
 */
export function checkResponsesAgainstSchemas(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const schemas = request.routeOptions.schema?.response as Record<string, z.ZodType> | undefined;
    const schema = schemas?.[String(reply.statusCode)];
    if (!schema || typeof payload !== 'string' || payload === '' || !('safeParse' in schema)) {
      return done(null, payload);
    }
    if (!String(reply.getHeader('content-type') ?? '').includes('json')) return done(null, payload);
    const result = schema.safeParse(JSON.parse(payload));
    if (result.success) return done(null, payload);
    done(
      new Error(
        `${request.method} ${request.routeOptions.url} ${reply.statusCode} does not match its schema: ${JSON.stringify(result.error.issues).slice(0, 500)}`,
      ),
    );
  });
}
