import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IncidentReads } from '../../services/incident-reads.ts';
import { acceptedLanguages } from '../languages.ts';
import { problemResponses } from '../problem.ts';
import { IdParams } from '../schemas/common.ts';
import { AcceptLanguageHeaders, NextOut } from '../schemas/next.ts';
import { trustedJsonSerializer } from '../trusted-json.ts';

/** What a PR manager should do now on one incident, in their language. */
export function incidentNextRoutes(incidents: IncidentReads): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/incidents/:id/next',
      {
        schema: {
          tags: ['Incidents'],
          summary: 'The current stage’s requirements and guidance, and the complaints waiting for a reply',
          params: IdParams,
          headers: AcceptLanguageHeaders,
          response: { 200: NextOut, ...problemResponses(400, 401, 403, 404) },
        },
        // Polled by the desk like the incident itself; the body is built by typed mappers.
        serializerCompiler: trustedJsonSerializer,
      },
      async (request, reply) => {
        const next = await incidents.next(request.params.id, acceptedLanguages(request));
        if (next.stage) reply.header('content-language', next.stage.guidance.language);
        return next;
      },
    );
  };
}
