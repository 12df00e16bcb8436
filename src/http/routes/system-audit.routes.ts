import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SystemAudit } from '../../services/system-audit.ts';
import { IfNoneMatchHeaders, NotModified, withPageEtag } from '../page-etag.ts';
import { Keyset } from '../paging.ts';
import { problemResponses } from '../problem.ts';
import {
  SystemAuditCursor,
  SystemAuditPage,
  SystemAuditQuery,
  SystemAuditVerdict,
} from '../schemas/system-audit.ts';

/** The system chain runs by seq; no cursor is its start. */
const pages = new Keyset(
  SystemAuditCursor,
  (last: { seq: number }) => ({ s: last.seq }),
  (c) => c.s,
);

/** The system audit chain (admin only: it names webhooks and keys). */
export function systemAuditRoutes(audit: SystemAudit): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/system/audit',
      {
        schema: {
          tags: ['Audit'],
          summary:
            'A page of the system audit chain (what belongs to no incident: webhooks disabled, secrets rotated, unattached complaints redacted), oldest first',
          querystring: SystemAuditQuery,
          headers: IfNoneMatchHeaders,
          response: { 200: SystemAuditPage, 304: NotModified, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => {
        const { cursor, limit } = request.query;
        const entries = await audit.page(pages.after(cursor) ?? 0, limit);
        return withPageEtag(request, reply, pages.page(entries, limit, entries));
      },
    );

    app.get(
      '/v1/system/audit/verify',
      {
        schema: {
          tags: ['Audit'],
          summary: 'Recompute the system hash chain; reports the first broken entry and the head',
          description:
            'No row records the system chain head, so the newest entries removed would not show here (the ' +
            'table refuses UPDATE, DELETE and TRUNCATE); keep the returned head elsewhere to anchor it.',
          response: { 200: SystemAuditVerdict, ...problemResponses(401, 403) },
        },
      },
      async () => audit.verify(),
    );
  };
}
