import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ComplaintDetail } from '../../services/complaint-detail.ts';
import { ownKeyScope } from '../access-policy.ts';
import { problemResponses } from '../problem.ts';
import { ComplaintDetailOut, DeliveryBody, ReplyOut, ReplyParams } from '../schemas/complaint-replies.ts';
import { ComplaintIdParams } from '../schemas/complaints.ts';
import { strictUtf8Json } from '../strict-json.ts';

/** One complaint with its replies, and the integration's delivery reports of those replies. */
export function complaintDetailRoutes(detail: ComplaintDetail): FastifyPluginAsyncZod {
  return async (app) => {
    strictUtf8Json(app);

    app.get(
      '/v1/complaints/:id',
      {
        schema: {
          tags: ['Complaints'],
          summary: 'A complaint with its replies (oldest first) and each reply’s delivery',
          description: 'An integration key reads only the complaints it posted (another one is 404).',
          params: ComplaintIdParams,
          response: { 200: ComplaintDetailOut, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => detail.get(request.params.id, ownKeyScope(request.caller)),
    );

    app.post(
      '/v1/complaints/:id/replies/:replyId/delivery',
      {
        schema: {
          tags: ['Complaints'],
          summary: 'Report whether a reply was posted on its channel (integration or manager)',
          description:
            'Delivered is final: repeating it answers 200 unchanged (it may add an externalId or url not ' +
            'reported before); `failed` after `delivered`, or another externalId or url, is 409 ' +
            '`/problems/delivery-final`. After `failed`, `delivered` or a new failure is recorded. An ' +
            'integration key reports only on complaints it posted.',
          params: ReplyParams,
          body: DeliveryBody,
          response: { 200: ReplyOut, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 429) },
        },
      },
      async (request) =>
        detail.reportDelivery(
          request.params.id,
          request.params.replyId,
          request.body,
          ownKeyScope(request.caller),
        ),
    );
  };
}
