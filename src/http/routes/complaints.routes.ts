import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ComplaintService } from '../../services/complaint.service.ts';
import type { IdempotencyKeys } from '../../services/idempotency-keys.ts';
import { actorOf } from '../actor.ts';
import { validateComplaintBody } from '../complaint-validation.ts';
import { type Answer, idempotent } from '../idempotency.ts';
import { problemLanguages } from '../languages.ts';
import { problemResponses } from '../problem.ts';
import {
  BatchBody,
  BatchEnvelope,
  BatchOut,
  ComplaintBody,
  IdempotencyHeaders,
  IngestedComplaintOut,
} from '../schemas/complaints.ts';
import { strictUtf8Json } from '../strict-json.ts';
import { trustedJsonSerializer } from '../trusted-json.ts';
import { runBatch } from './complaint-batch.ts';

/** A batch of 1000 complaints of 10,000 characters (some 4-byte) needs more than the global 64 KiB. */
export const BATCH_BODY_LIMIT = 8 * 1024 * 1024;

const locationOf = (a: Answer): Record<string, string> =>
  a.status === 201 ? { location: `/v1/complaints/${(a.body as { id: string }).id}` } : {};

/** Ingest; the lists are in complaint-lists.routes.ts, answering, attaching and redacting in complaint-actions.routes.ts. */
export function complaintRoutes(complaints: ComplaintService, keys: IdempotencyKeys): FastifyPluginAsyncZod {
  return async (app) => {
    strictUtf8Json(app);

    app.post(
      '/v1/complaints',
      {
        // Bodies built by toComplaint; test/helpers/contract.ts checks them against IngestedComplaintOut.
        serializerCompiler: trustedJsonSerializer,
        // A body that does not fit the schema is 422 with its fields, as the same item inside a batch is.
        validatorCompiler: (route) =>
          route.httpPart === 'body'
            ? validateComplaintBody
            : validatorCompiler({ ...route, schema: route.schema as unknown as z.ZodType }),
        schema: {
          tags: ['Complaints'],
          summary:
            'Ingest one complaint: 201 when new, 200 with the stored one when (source, externalId) is known',
          description:
            'Correlates it: the named incident, else the matching playbook’s open incident, else it counts towards ' +
            'the trigger threshold (which opens an incident). A new complaint says what it matched in `match`. ' +
            'A body that does not fit the schema is 422 (as inside a batch). Optional `Idempotency-Key`.',
          headers: IdempotencyHeaders,
          body: ComplaintBody,
          response: {
            201: IngestedComplaintOut,
            200: IngestedComplaintOut,
            ...problemResponses(400, 401, 403, 409, 413, 415, 422, 429),
          },
        },
      },
      async (request, reply) =>
        idempotent(
          keys,
          request,
          reply,
          async () => {
            const actor = actorOf(request, request.caller ? undefined : 'integration');
            const { created, complaint } = await complaints.ingest(request.body, actor);
            return { status: created ? 201 : 200, body: complaint };
          },
          locationOf,
        ),
    );

    app.post(
      '/v1/complaints/batch',
      {
        bodyLimit: BATCH_BODY_LIMIT,
        // Up to 1000 complaints built by toComplaint: validating each on the way out cost as much as
        // parsing them on the way in. test/helpers/contract.ts checks the answers against BatchOut.
        serializerCompiler: trustedJsonSerializer,
        // Only the envelope is validated up front: each item is validated on its own, so one bad item
        // gets its own 422 and does not sink the others. The documented schema is the full one.
        validatorCompiler: (route) =>
          validatorCompiler({
            ...route,
            schema: (route.httpPart === 'body' ? BatchEnvelope : route.schema) as z.ZodType,
          }),
        schema: {
          tags: ['Complaints'],
          summary: 'Ingest up to 1000 complaints; each item answers 201, 200 or 422 on its own',
          description: `Body limit ${BATCH_BODY_LIMIT / 1024 / 1024} MiB (413 beyond). Optional \`Idempotency-Key\` for the whole batch.`,
          headers: IdempotencyHeaders,
          body: BatchBody,
          response: { 200: BatchOut, ...problemResponses(400, 401, 403, 409, 413, 415, 422, 429) },
        },
      },
      async (request, reply) =>
        idempotent(keys, request, reply, async () => {
          const actor = actorOf(request, request.caller ? undefined : 'integration');
          const languages = problemLanguages(request);
          const items = await runBatch(request.body.items as unknown[], complaints, actor, languages);
          return { status: 200, body: { items } };
        }),
    );
  };
}
