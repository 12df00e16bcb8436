import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IncidentWorkspace } from '../../services/incident-workspace.ts';
import { acceptedLanguages } from '../languages.ts';
import { IfNoneMatchHeaders, NotModified, withPageEtag } from '../page-etag.ts';
import { problemResponses } from '../problem.ts';
import { toCommitmentOut } from '../schemas/commitments.ts';
import { IdParams } from '../schemas/common.ts';
import { toCompensationOut, toTotalsOut } from '../schemas/compensations.ts';
import { toStatementOut } from '../schemas/statements.ts';
import { WorkspaceOut, WorkspaceQuery } from '../schemas/workspace.ts';

/** The desk's one read of an incident's page (src/web/incident/), re-read conditionally on live events. */
export function workspaceRoutes(workspace: IncidentWorkspace): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/incidents/:id/workspace',
      {
        schema: {
          tags: ['Incidents'],
          summary:
            'An incident’s page in one read: the incident, its next step, playbook facts, statements, ledger, commitments, complaint counts, the timeline for people and the last reopen',
          description:
            'A weak ETag of the content; `If-None-Match` answers 304 while nothing shown changed. The complaints themselves are paged by `GET /v1/incidents/{id}/complaints`; the chain is verified on demand by `…/audit/verify`.',
          params: IdParams,
          querystring: WorkspaceQuery,
          headers: IfNoneMatchHeaders,
          response: { 200: WorkspaceOut, 304: NotModified, ...problemResponses(400, 401, 403, 404, 429) },
        },
      },
      async (request, reply) => {
        const { guidance } = request.query;
        const w = await workspace.read(request.params.id, guidance ? [guidance] : acceptedLanguages(request));
        const body = {
          ...w,
          statements: w.statements.map(toStatementOut),
          ledger: { items: w.ledger.items.map(toCompensationOut), totals: toTotalsOut(w.ledger.totals) },
          commitments: w.commitments.map(toCommitmentOut),
        };
        return withPageEtag(request, reply, body);
      },
    );
  };
}
