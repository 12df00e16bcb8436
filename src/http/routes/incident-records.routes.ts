import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { verifyAudit } from '../../services/audit-log.ts';
import type { IncidentService } from '../../services/incident.service.ts';
import type { IncidentQueries } from '../../services/incident-queries.ts';
import { problemResponses } from '../problem.ts';
import { decodeCursor, encodeCursor, IdParams } from '../schemas/common.ts';
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

const THIRTY_DAYS_MS = 30 * 24 * 3_600_000;

/** What dashboards read about incidents: deadlines, the audit chain, stats. */
export function incidentRecordRoutes(
  incidents: IncidentService,
  queries: IncidentQueries,
  db: Kysely<DB>,
  clock: () => Date,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/incidents/:id/deadlines',
      {
        schema: {
          tags: ['Deadlines'],
          summary: "An incident's stage deadlines, oldest first",
          params: IdParams,
          response: { 200: DeadlineList, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        await incidents.row(request.params.id);
        return { items: await queries.deadlinesOf(request.params.id) };
      },
    );

    app.get(
      '/v1/deadlines',
      {
        schema: {
          tags: ['Deadlines'],
          summary: 'Deadlines across incidents, soonest due first',
          querystring: DeadlineQuery,
          response: { 200: DeadlineList, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request) => {
        const q = request.query;
        const after = decodeCursor(q.cursor, DeadlineCursor);
        const { rows, items } = await queries.deadlines({
          status: q.status,
          dueBefore: q.dueBefore ? new Date(q.dueBefore) : undefined,
          after: after ? { dueAt: new Date(after.d), id: after.i } : undefined,
          limit: q.limit,
        });
        const last = rows.at(-1);
        const nextCursor =
          rows.length === q.limit && last?.due_at
            ? encodeCursor({ d: last.due_at.toISOString(), i: last.id })
            : null;
        return { items, nextCursor };
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
          response: { 200: AuditPage, ...problemResponses(400, 401, 403, 404, 422) },
        },
      },
      async (request) => {
        await incidents.row(request.params.id);
        const after = decodeCursor(request.query.cursor, AuditCursor)?.s ?? 0;
        const entries = await queries.auditPage(request.params.id, after, request.query.limit);
        const last = entries.at(-1);
        const items = entries.map(({ incidentId: _id, ...e }) => e);
        return {
          items,
          nextCursor: entries.length === request.query.limit && last ? encodeCursor({ s: last.seq }) : null,
        };
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
      async (request) => verifyAudit(db, await incidents.row(request.params.id)),
    );

    app.get(
      '/v1/stats',
      {
        schema: {
          tags: ['Stats'],
          summary: 'Counts by state and severity, deadlines due soon or breached, median time to apology',
          querystring: StatsQuery,
          response: { 200: StatsOut, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const since = request.query.since
          ? new Date(request.query.since)
          : new Date(clock().getTime() - THIRTY_DAYS_MS);
        return queries.stats(since);
      },
    );
  };
}
