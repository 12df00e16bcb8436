import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ComplaintService } from '../../services/complaint.service.ts';
import type { Complaint } from '../../services/complaint-view.ts';
import type { IdempotencyKeys } from '../../services/idempotency-keys.ts';
import { ownKeyScope } from '../access-policy.ts';
import { actorOf } from '../actor.ts';
import { validateComplaintBody } from '../complaint-validation.ts';
import { complaintsCsv } from '../complaints-csv.ts';
import { type Answer, idempotent } from '../idempotency.ts';
import { problemLanguages } from '../languages.ts';
import { negotiate } from '../negotiate.ts';
import { IfNoneMatchHeaders, NotModified, withPageEtag } from '../page-etag.ts';
import { Keyset } from '../paging.ts';
import { problemResponses } from '../problem.ts';
import { IdParams } from '../schemas/common.ts';
import {
  BatchBody,
  BatchEnvelope,
  BatchOut,
  ComplaintBody,
  ComplaintCursor,
  ComplaintListQuery,
  ComplaintPage,
  DueCursor,
  IdempotencyHeaders,
  IncidentComplaintsQuery,
  IngestedComplaintOut,
} from '../schemas/complaints.ts';
import { CSV as CSV_TYPE, TextDocument } from '../schemas/report.ts';
import { strictUtf8Json } from '../strict-json.ts';
import { trustedJsonSerializer } from '../trusted-json.ts';
import { runBatch } from './complaint-batch.ts';

/** A batch of 1000 complaints of 10,000 characters (some 4-byte) needs more than the global 64 KiB. */
export const BATCH_BODY_LIMIT = 8 * 1024 * 1024;

const locationOf = (a: Answer): Record<string, string> =>
  a.status === 201 ? { location: `/v1/complaints/${(a.body as { id: string }).id}` } : {};

const JSON_TYPE = 'application/json';
/** Complaints read per page while a CSV is written. */
const CSV_PAGE = 200;
const CSV_EXAMPLE =
  'id,source,externalId,occurredAt,receivedAt,author,url,orderId,tags,language,text,answered,answeredAt,' +
  'firstReplyDueAt,firstReplyBreached,privateChannel,redactedAt\r\n' +
  '6b1f…,facebook,fb-1,2026-03-02T09:00:00.000Z,2026-03-02T09:00:02.000Z,Ola,,,,en,"My parcel, again",' +
  'true,2026-03-02T09:20:00.000Z,2026-03-02T10:00:00.000Z,false,,\r\n';

/** Both complaint lists run oldest first, by (receivedAt, id)... */
const complaintPages = new Keyset(
  ComplaintCursor,
  (last: Complaint) => ({ r: last.receivedAt, i: last.id }),
  (c) => ({ receivedAt: new Date(c.r), id: c.i }),
);
/** ...except lists of what waits for a reply (answered=false, overdue=true): soonest due first. */
const duePages = new Keyset(
  DueCursor,
  (last: Complaint) => ({ d: last.firstReplyDueAt, i: last.id }),
  (c) => ({ dueAt: c.d === null ? null : new Date(c.d), id: c.i }),
);

/** The list's order and where the page starts: what waits is listed soonest due first. */
function ordered(q: {
  answered?: boolean | undefined;
  overdue?: boolean | undefined;
  cursor?: string | undefined;
}) {
  const byDue = q.answered === false || q.overdue === true;
  return {
    filter: byDue
      ? { soonestDue: true, after: duePages.after(q.cursor) }
      : { after: complaintPages.after(q.cursor) },
    page: (items: Complaint[], limit: number) =>
      byDue ? duePages.page(items, limit) : complaintPages.page(items, limit),
  };
}

/** Ingest and lists; answering, attaching and redacting are in complaint-actions.routes.ts. */
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

    app.get(
      '/v1/complaints',
      {
        schema: {
          tags: ['Complaints'],
          summary:
            'Complaints, oldest first; what still waits (`answered=false`, `overdue=true`) soonest due first',
          description: 'An integration key sees only the complaints it posted.',
          querystring: ComplaintListQuery,
          headers: IfNoneMatchHeaders,
          response: { 200: ComplaintPage, 304: NotModified, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const order = ordered(q);
        const items = await complaints.list({
          answered: q.answered,
          overdue: q.overdue,
          source: q.source,
          incidentId: q.incidentId === 'none' ? null : q.incidentId,
          postedBy: ownKeyScope(request.caller) ?? undefined,
          search: q.q,
          ...order.filter,
          limit: q.limit,
        });
        return withPageEtag(request, reply, order.page(items, q.limit));
      },
    );

    app.get(
      '/v1/incidents/:id/complaints',
      {
        schema: {
          tags: ['Complaints'],
          summary:
            'The complaints attached to an incident, oldest first (`answered=false`: soonest due first)',
          description:
            'JSON pages by default. `Accept: text/csv` answers the whole list (the `answered` filter applies; ' +
            '`cursor` and `limit` do not) as RFC 4180 CSV with a header row; cells a spreadsheet would run as a ' +
            "formula (leading `=`, `+`, `-`, `@`, tab, CR) start with `'`.",
          params: IdParams,
          querystring: IncidentComplaintsQuery,
          response: {
            200: {
              description: 'A page of complaints, or all of them as CSV',
              content: {
                [JSON_TYPE]: { schema: ComplaintPage },
                [CSV_TYPE]: { schema: TextDocument(CSV_EXAMPLE) },
              },
            },
            ...problemResponses(400, 401, 403, 404, 406, 422),
          },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const type = negotiate(request, [JSON_TYPE, CSV_TYPE]);
        const page = async (cursor: string | undefined, limit: number) => {
          const order = ordered({ ...q, cursor });
          const items = await complaints.list({
            incidentId: request.params.id,
            answered: q.answered,
            ...order.filter,
            limit,
          });
          return order.page(items, limit);
        };
        if (type === JSON_TYPE) return page(q.cursor, q.limit);
        // The first page before the answer starts, so an unknown incident is still a 404 problem.
        const first = await page(undefined, CSV_PAGE);
        async function* rows() {
          yield complaintsCsv(first.items, true);
          for (let cursor = first.nextCursor; cursor !== null; ) {
            const next = await page(cursor, CSV_PAGE);
            if (next.items.length > 0) yield complaintsCsv(next.items, false);
            cursor = next.nextCursor;
          }
        }
        return (
          reply
            .type(`${CSV_TYPE}; charset=utf-8; header=present`)
            .header('content-disposition', `attachment; filename="complaints-${request.params.id}.csv"`)
            // A stream, page by page; the type provider only knows the documented body (a string).
            .send(Readable.from(rows()) as unknown as string)
        );
      },
    );
  };
}
