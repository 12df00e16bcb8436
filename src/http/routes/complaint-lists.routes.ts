import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ComplaintOrder } from '../../db/repositories/complaint-list.repository.ts';
import type { ComplaintLists, ListedComplaint } from '../../services/complaint-lists.ts';
import { ownKeyScope } from '../access-policy.ts';
import { complaintsCsv, UTF8_BOM } from '../complaints-csv.ts';
import { negotiate } from '../negotiate.ts';
import { IfNoneMatchHeaders, NotModified, withPageEtag } from '../page-etag.ts';
import { invalidCursor, Keyset } from '../paging.ts';
import { problemResponses } from '../problem.ts';
import { IdParams } from '../schemas/common.ts';
import {
  ComplaintCursor,
  ComplaintListQuery,
  ComplaintPage,
  IncidentComplaintPage,
  IncidentComplaintsQuery,
} from '../schemas/complaint-lists.ts';
import { CSV as CSV_TYPE, TextDocument } from '../schemas/report.ts';

const JSON_TYPE = 'application/json';
/** Complaints read per page while a CSV is written. */
const CSV_PAGE = 200;
const CSV_EXAMPLE =
  'id,source,externalId,occurredAt,receivedAt,author,url,orderId,tags,language,text,answered,answeredAt,' +
  'firstReplyDueAt,firstReplyBreached,privateChannel,redactedAt,replies\r\n' +
  '6b1f…,facebook,fb-1,2026-03-02T09:00:00.000Z,2026-03-02T09:00:02.000Z,Ola,,,,pl,"Gdzie paczka?",' +
  'true,2026-03-02T09:20:00.000Z,2026-03-02T10:00:00.000Z,false,,,"[public] Przepraszamy, sprawdzamy to."\r\n';

/** One cursor for every order: the last complaint's arrival, due time, answered flag and id. */
const pages = new Keyset(
  ComplaintCursor,
  (last: ListedComplaint) => ({ r: last.receivedAt, d: last.firstReplyDueAt, a: last.answered, i: last.id }),
  (c: z.output<typeof ComplaintCursor>) => c,
);

/** The list's order: the one asked for, else what waits soonest due first, else oldest first. */
function orderOf(q: {
  sort?: 'urgent' | 'newest' | 'oldest' | undefined;
  answered?: boolean;
  overdue?: boolean;
}) {
  if (q.sort) return q.sort;
  return q.answered === false || q.overdue === true ? 'due' : 'oldest';
}

/** Where the page starts; a cursor lacking what its order compares was not issued for it (422). */
function positionOf(order: ComplaintOrder, cursor: string | undefined) {
  const c = pages.after(cursor);
  if (!c) return undefined;
  const needs = order === 'oldest' || order === 'newest' ? c.r !== undefined : c.d !== undefined;
  if (!needs || (order === 'urgent' && c.a === undefined)) throw invalidCursor();
  return {
    receivedAt: new Date(c.r ?? 0),
    dueAt: c.d ? new Date(c.d) : null,
    answered: c.a ?? false,
    id: c.i,
  };
}

/** The complaint lists: every complaint (integrations see their own), and one incident's, with its conversations. */
export function complaintListRoutes(lists: ComplaintLists): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/complaints',
      {
        schema: {
          tags: ['Complaints'],
          summary:
            'Complaints, oldest first or as `sort` says; what still waits (`answered=false`, `overdue=true`) soonest due first',
          description:
            'An integration key sees only the complaints it posted. Unattached complaints say why they wait in `match`.',
          querystring: ComplaintListQuery,
          headers: IfNoneMatchHeaders,
          response: { 200: ComplaintPage, 304: NotModified, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => {
        const { incidentId, private: movedPrivate, q, sort, cursor, limit, ...filters } = request.query;
        const order = orderOf(request.query);
        const { items, total } = await lists.list({
          ...filters,
          movedPrivate,
          incidentId: incidentId === 'none' ? null : incidentId,
          postedBy: ownKeyScope(request.caller) ?? undefined,
          search: q === undefined ? undefined : { text: q, broad: false },
          order,
          after: positionOf(order, cursor),
          limit,
        });
        return withPageEtag(request, reply, { ...pages.page(items, limit), total });
      },
    );

    app.get(
      '/v1/incidents/:id/complaints',
      {
        schema: {
          tags: ['Complaints'],
          summary:
            'The complaints of an incident with their conversations, filtered, searched and sorted; `total` counts what the filter matches',
          description:
            'JSON pages by default. `Accept: text/csv` answers every complaint the filters match (`cursor` and `limit` do not apply) ' +
            'as RFC 4180 CSV, UTF-8 with a byte-order mark (so spreadsheets read Polish letters), a header row and the reply texts; ' +
            "cells a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab, CR, LF) start with `'`.",
          params: IdParams,
          querystring: IncidentComplaintsQuery,
          headers: IfNoneMatchHeaders,
          response: {
            200: {
              description: 'A page of complaints, or all of them as CSV',
              content: {
                [JSON_TYPE]: { schema: IncidentComplaintPage },
                [CSV_TYPE]: { schema: TextDocument(CSV_EXAMPLE) },
              },
            },
            304: NotModified,
            ...problemResponses(400, 401, 403, 404, 406, 422),
          },
        },
      },
      async (request, reply) => {
        const { private: movedPrivate, q, sort, cursor, limit, ...filters } = request.query;
        const order = orderOf(request.query);
        const page = async (after: string | undefined, size: number) => {
          const { items, total } = await lists.list({
            ...filters,
            movedPrivate,
            incidentId: request.params.id,
            search: q === undefined ? undefined : { text: q, broad: true },
            order,
            after: positionOf(order, after),
            limit: size,
            withReplies: true,
          });
          const withReplies = items.map((c) => ({ ...c, replies: c.replies ?? [] }));
          return { ...pages.page(items, size, withReplies), total: total ?? 0 };
        };
        if (negotiate(request, [JSON_TYPE, CSV_TYPE]) === JSON_TYPE) {
          return withPageEtag(request, reply, await page(cursor, limit));
        }
        // The first page before the answer starts, so an unknown incident is still a 404 problem.
        const first = await page(undefined, CSV_PAGE);
        async function* rows() {
          yield UTF8_BOM + complaintsCsv(first.items, true);
          for (let next = first.nextCursor; next !== null; ) {
            const more = await page(next, CSV_PAGE);
            if (more.items.length > 0) yield complaintsCsv(more.items, false);
            next = more.nextCursor;
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
