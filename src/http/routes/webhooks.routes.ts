import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../../domain/events.ts';
import type { WebhookService } from '../../services/webhook.service.ts';
import { sendEmpty } from '../empty-reply.ts';
import { Keyset } from '../paging.ts';
import { problemResponses } from '../problem.ts';
import { Cursor, CursorInstant, IdParams, Limit, Timestamp } from '../schemas/common.ts';

const EXAMPLE = {
  id: '7d9b2a41-0c7e-4f3b-9a57-1e2d3c4b5a69',
  url: 'https://hooks.example.com/crisis',
  events: ['deadline.breached', 'incident.escalated'],
  createdAt: '2026-11-24T08:00:00.000Z',
  disabledAt: null,
  disabledReason: null,
  previousSecretValidUntil: null,
};

const Webhook = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    createdAt: Timestamp,
    disabledAt: Timestamp.nullable(),
    disabledReason: z.string().nullable(),
    previousSecretValidUntil: Timestamp.nullable().meta({
      description: 'After a rotation: until when the replaced secret still signs, next to the new one',
    }),
  })
  .meta({ id: 'Webhook', example: EXAMPLE });

const CreateWebhook = z
  .strictObject({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
  })
  .meta({ example: { url: 'https://hooks.example.com/crisis', events: ['deadline.breached'] } });

const Attempt = z.object({
  deliveryId: z.string().meta({ description: 'The webhook-id header, the same on every retry' }),
  event: z.string(),
  deliveryStatus: z.enum(['pending', 'delivered', 'failed']),
  at: Timestamp,
  statusCode: z.number().int().nullable(),
  latencyMs: z.number().int(),
  ok: z.boolean(),
  error: z.string().nullable(),
});

/** Delivery attempts run newest first, by (at, attemptId). */
const attemptPages = new Keyset(
  z.object({ a: CursorInstant, i: z.uuid() }),
  (last: { at: string; attemptId: string }) => ({ a: last.at, i: last.attemptId }),
  (c) => ({ at: new Date(c.a), id: c.i }),
);

export function webhookRoutes(webhooks: WebhookService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/webhooks',
      {
        schema: {
          tags: ['Webhooks'],
          summary: 'Subscribe a URL to events; the signing secret is shown once',
          body: CreateWebhook,
          response: {
            201: Webhook.extend({ secret: z.string().meta({ description: 'whsec_…, shown only here' }) }),
            ...problemResponses(400, 401, 403, 422),
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await webhooks.create(request.body.url, [...new Set(request.body.events)])),
    );

    app.post(
      '/v1/webhooks/:id/rotate-secret',
      {
        schema: {
          tags: ['Webhooks'],
          summary:
            'A new signing secret, shown once; for 24 h deliveries are signed with the old and the new',
          params: IdParams,
          // Nothing to send: no body (null here), or an empty JSON object.
          body: z.strictObject({}).nullish().meta({ description: 'No body is needed' }),
          response: {
            200: Webhook.extend({
              secret: z.string().meta({ description: 'The new whsec_…, shown only here' }),
            }).meta({
              example: {
                ...EXAMPLE,
                secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
                previousSecretValidUntil: '2026-11-25T08:00:00.000Z',
              },
            }),
            ...problemResponses(400, 401, 403, 404, 429),
          },
        },
      },
      async (request) => webhooks.rotateSecret(request.params.id),
    );

    app.get(
      '/v1/webhooks',
      {
        schema: {
          tags: ['Webhooks'],
          summary: 'Subscriptions (without secrets)',
          response: { 200: z.object({ items: z.array(Webhook) }), ...problemResponses(401, 403) },
        },
      },
      async () => ({ items: await webhooks.list() }),
    );

    app.delete(
      '/v1/webhooks/:id',
      {
        schema: {
          tags: ['Webhooks'],
          summary: 'Unsubscribe: no more deliveries, pending ones are failed',
          params: IdParams,
          response: {
            204: z.null().meta({ description: 'Unsubscribed' }),
            ...problemResponses(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        await webhooks.remove(request.params.id);
        return sendEmpty(reply, 204);
      },
    );

    app.get(
      '/v1/webhooks/:id/deliveries',
      {
        schema: {
          tags: ['Webhooks'],
          summary: 'Delivery attempts with status and latency, newest first',
          params: IdParams,
          querystring: z.strictObject({ limit: Limit, cursor: Cursor }),
          response: {
            200: z.object({ items: z.array(Attempt), nextCursor: z.string().nullable() }),
            ...problemResponses(400, 401, 403, 404, 422),
          },
        },
      },
      async (request) => {
        const { cursor, limit } = request.query;
        const attempts = await webhooks.attempts(request.params.id, attemptPages.after(cursor), limit);
        return attemptPages.page(
          attempts,
          limit,
          attempts.map(({ attemptId: _id, ...a }) => a),
        );
      },
    );
  };
}
