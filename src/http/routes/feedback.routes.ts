import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeedbackService } from '../../services/feedback.service.ts';
import { problemResponses } from '../problem.ts';
import { FeedbackOut, FeedbackQuery } from '../schemas/feedback.ts';

const dateOf = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso));

/** The feedback digest: complaints by topic, for product, logistics and support to read. */
export function feedbackRoutes(feedback: FeedbackService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/feedback',
      {
        schema: {
          tags: ['Feedback'],
          summary: 'Complaints by topic: how many, from which channels, and the newest few of each',
          description:
            'Topics come from the playbooks’ topic keywords, assigned to each complaint at ingest. Filters narrow ' +
            'by receipt time (`since` inclusive, `until` exclusive), playbook and incident; an incident or ' +
            'playbook without complaints answers an empty digest. The same shape is sent as `feedback.digest` ' +
            'when an incident enters improve and when it closes.',
          querystring: FeedbackQuery,
          response: { 200: FeedbackOut, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request) => {
        const { since, until, playbookId, incidentId } = request.query;
        return feedback.digest({ since: dateOf(since), until: dateOf(until), playbookId, incidentId });
      },
    );
  };
}
