import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IncidentCommands } from '../../services/incident-commands.ts';
import type { IncidentReads } from '../../services/incident-reads.ts';
import { actorOf } from '../actor.ts';
import { sendEmpty, sendJsonText } from '../empty-reply.ts';
import { incidentPages, renderIncidentPage } from '../incident-page.ts';
import { problemResponses } from '../problem.ts';
import { IdParams, matchesIfNoneMatch } from '../schemas/common.ts';
import {
  CreateIncidentBody,
  IfMatchHeaders,
  IncidentListQuery,
  IncidentOut,
  IncidentPage,
  parseIfMatch,
} from '../schemas/incidents.ts';
import { TransitionBody, TransitionBodyDocumented } from '../schemas/transition-body.ts';
import { trustedJsonSerializer } from '../trusted-json.ts';

const NotModified = z.null().meta({ description: 'Not modified: the ETag still matches' });
const IfNoneMatch = z.object({ 'if-none-match': z.string().max(1024).optional() });

export function incidentRoutes(incidents: {
  commands: IncidentCommands;
  reads: IncidentReads;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/incidents',
      {
        schema: {
          tags: ['Incidents'],
          summary: 'Open an incident under a playbook; it starts in `apologise`',
          body: CreateIncidentBody,
          response: { 201: IncidentOut, ...problemResponses(400, 401, 403, 413, 415, 422, 429) },
        },
      },
      async (request, reply) => {
        const { actor, ...input } = request.body;
        const incident = await incidents.commands.open(input, actorOf(request, actor));
        return reply
          .code(201)
          .header('location', `/v1/incidents/${incident.id}`)
          .header('etag', `"${incident.version}"`)
          .send(incident);
      },
    );

    app.get(
      '/v1/incidents/:id',
      {
        schema: {
          tags: ['Incidents'],
          summary: 'One incident; `If-None-Match` with its ETag answers 304 from one indexed read',
          params: IdParams,
          headers: IfNoneMatch,
          response: { 200: IncidentOut, 304: NotModified, ...problemResponses(400, 401, 403, 404) },
        },
        serializerCompiler: trustedJsonSerializer,
      },
      async (request, reply) => {
        const ifNoneMatch = request.headers['if-none-match'];
        if (ifNoneMatch) {
          const version = await incidents.reads.version(request.params.id);
          if (version !== null && matchesIfNoneMatch(ifNoneMatch, `"${version}"`)) {
            return sendEmpty(reply.header('etag', `"${version}"`), 304);
          }
        }
        const incident = await incidents.reads.get(request.params.id);
        return reply.header('etag', `"${incident.version}"`).send(incident);
      },
    );

    app.get(
      '/v1/incidents',
      {
        schema: {
          tags: ['Incidents'],
          summary: 'Incidents, newest change first; keyset-paginated, with a page ETag',
          querystring: IncidentListQuery,
          headers: IfNoneMatch,
          response: { 200: IncidentPage, 304: NotModified, ...problemResponses(400, 401, 403, 422) },
        },
        serializerCompiler: trustedJsonSerializer,
      },
      async (request, reply) => {
        const q = request.query;
        const items = await incidents.reads.list({
          state: q.state,
          severity: q.severity,
          playbookId: q.playbookId,
          breached: q.breached,
          updatedSince: q.updatedSince ? new Date(q.updatedSince) : undefined,
          after: incidentPages.after(q.cursor),
          limit: q.limit,
        });
        const { etag, body } = renderIncidentPage(items, q.limit);
        if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
          return sendEmpty(reply.header('etag', etag), 304);
        }
        // Already JSON (rendered once per shared page): fastify sends a string with a JSON type as it is.
        return sendJsonText(reply.header('etag', etag), body);
      },
    );

    app.post(
      '/v1/incidents/:id/transitions',
      {
        schema: {
          tags: ['Incidents'],
          summary: 'Apply a 5P event with its evidence; optional `If-Match: "<version>"`',
          description:
            '409 when the event is not accepted in the current state (the problem lists `allowedEvents`); ' +
            '412 when If-Match is stale; 422 when the evidence fails (each failing field in `errors`).',
          params: IdParams,
          headers: IfMatchHeaders,
          body: TransitionBodyDocumented,
          response: {
            200: IncidentOut,
            ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 429),
          },
        },
        serializerCompiler: trustedJsonSerializer,
        // Documented per event; validated as a record, so the domain answers each failing field (422).
        validatorCompiler: (route) =>
          validatorCompiler({
            ...route,
            schema: route.httpPart === 'body' ? TransitionBody : (route.schema as unknown as z.ZodType),
          }),
      },
      async (request, reply) => {
        const { actor, ...input } = request.body as z.infer<typeof TransitionBody>;
        const incident = await incidents.commands.transition(
          request.params.id,
          input,
          parseIfMatch(request.headers['if-match']),
          actorOf(request, actor),
        );
        return reply.header('etag', `"${incident.version}"`).send(incident);
      },
    );
  };
}
