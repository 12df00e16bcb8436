import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderReportMarkdown } from '../../domain/reports/report.markdown.ts';
import type { IncidentReplays } from '../../services/incident-replay.ts';
import type { IncidentReports } from '../../services/incident-report.ts';
import { negotiate } from '../negotiate.ts';
import { problemResponses } from '../problem.ts';
import { IdParams } from '../schemas/common.ts';
import { ReplayBody, ReplayOut } from '../schemas/replay.ts';
import { MARKDOWN, ReportOut, TextDocument } from '../schemas/report.ts';

const JSON_TYPE = 'application/json';

/** The post-mortem (JSON or Markdown) and the replay of an incident from its audit chain. */
export function incidentReportRoutes(
  reports: IncidentReports,
  replays: IncidentReplays,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/incidents/:id/report',
      {
        schema: {
          tags: ['Reports'],
          summary:
            'The post-mortem: stages against deadlines, statements, complaints, compensation, commitments, the chain',
          description: 'JSON by default; `Accept: text/markdown` answers the same as a Markdown document.',
          params: IdParams,
          response: {
            200: {
              description: 'The report',
              content: {
                [JSON_TYPE]: { schema: ReportOut },
                [MARKDOWN]: {
                  schema: TextDocument('# Post-mortem: Parcels late after the warehouse flood\n…'),
                },
              },
            },
            ...problemResponses(400, 401, 403, 404, 406),
          },
        },
      },
      async (request, reply) => {
        const type = negotiate(request, [JSON_TYPE, MARKDOWN]);
        const report = await reports.report(request.params.id);
        if (type === JSON_TYPE) return report;
        return reply.type(`${MARKDOWN}; charset=utf-8`).send(renderReportMarkdown(report));
      },
    );

    app.post(
      '/v1/incidents/:id/replay',
      {
        schema: {
          tags: ['Reports'],
          summary:
            'Re-derive the incident from its audit chain alone under a stored playbook version; writes nothing',
          params: IdParams,
          body: ReplayBody,
          response: { 200: ReplayOut, ...problemResponses(400, 401, 403, 404, 422) },
        },
      },
      async (request) => replays.replay(request.params.id, request.body.playbookVersion),
    );
  };
}
