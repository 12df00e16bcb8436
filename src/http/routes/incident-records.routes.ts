import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IncidentQueries } from '../../services/incident-queries.ts';
import type { IncidentReads } from '../../services/incident-reads.ts';
import { IfNoneMatchHeaders, NotModified, withPageEtag } from '../page-etag.ts';
import { Keyset } from '../paging.ts';
import { problemResponses } from '../problem.ts';
import { IdParams } from '../schemas/common.ts';
import {
  AuditCursor,
  AuditPage,
  AuditQuery,
  AuditVerdict,
  DeadlineCursor,
  DeadlineList,
  DeadlineQuery,
  StatsOut,
  StatsQuery,
} from '../schemas/incidents.ts';

/** Deadlines across incidents run soonest due first, by (dueAt, id); one without a due time ends paging. */
const deadlinePages = new Keyset(
  DeadlineCursor,
  (last: { due_at: Date | null; id: string }) =>
    last.due_at ? { d: last.due_at.toISOString(), i: last.id } : null,
  (c) => ({ dueAt: new Date(c.d), id: c.i }),
);

/** An incident's audit chain runs by seq; no cursor is the start of the chain. */
const auditPages = new Keyset(
  AuditCursor,
  (last: { seq: number }) => ({ s: last.seq }),
  (c) => c.s,
);

/** What dashboards read about incidents: deadlines, the audit chain, stats. */
export function incidentRecordRoutes(
  incidents: IncidentReads,
  queries: IncidentQueries,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/incidents/:id/deadlines',
      {
        schema: {
          tags: ['Deadlines'],
          summary: "An incident's stage deadlines, oldest first",
          params: IdParams,
          headers: IfNoneMatchHeaders,
          response: { 200: DeadlineList, 304: NotModified, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await incidents.row(request.params.id);
        return withPageEtag(request, reply, { items: await queries.deadlinesOf(request.params.id) });
      },
    );

    app.get(
      '/v1/deadlines',
      {
        schema: {
          tags: ['Deadlines'],
          summary: 'Deadlines across incidents, soonest due first',
          querystring: DeadlineQuery,
          headers: IfNoneMatchHeaders,
          response: { 200: DeadlineList, 304: NotModified, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const { rows, items } = await queries.deadlines({
          status: q.status,
          dueBefore: q.dueBefore ? new Date(q.dueBefore) : undefined,
          after: deadlinePages.after(q.cursor),
          limit: q.limit,
        });
        return withPageEtag(request, reply, deadlinePages.page(rows, q.limit, items));
      },
    );

    app.get(
      '/v1/incidents/:id/audit',
      {
        schema: {
          tags: ['Audit'],
          summary: "A page of the incident's audit chain, oldest first",
          params: IdParams,
          querystring: AuditQuery,
          headers: IfNoneMatchHeaders,
          response: { 200: AuditPage, 304: NotModified, ...problemResponses(400, 401, 403, 404, 422) },
        },
      },
      async (request, reply) => {
        await incidents.row(request.params.id);
        const { cursor, limit } = request.query;
        const entries = await queries.auditPage(request.params.id, auditPages.after(cursor) ?? 0, limit);
        return withPageEtag(
          request,
          reply,
          auditPages.page(
            entries,
            limit,
            entries.map(({ incidentId: _id, ...e }) => e),
          ),
        );
      },
    );

    app.get(
      '/v1/incidents/:id/audit/verify',
      {
        schema: {
          tags: ['Audit'],
          summary: 'Recompute the hash chain; reports the first broken entry',
          params: IdParams,
          response: { 200: AuditVerdict, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => queries.verifyAudit(await incidents.row(request.params.id)),
    );

    app.get(
      '/v1/stats',
      {
        schema: {
          tags: ['Stats'],
          summary:
            'Counts by state and severity, deadlines due soon or breached, median time to apology, complaints waiting for a first reply',
          querystring: StatsQuery,
          response: { 200: StatsOut, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request) => queries.stats(request.query.since ? new Date(request.query.since) : undefined),
    );
  };
}
