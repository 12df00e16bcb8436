import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CompensationService } from '../../services/compensation.service.ts';
import type { IdempotencyKeys } from '../../services/idempotency-keys.ts';
import { actorOf } from '../actor.ts';
import { idempotent } from '../idempotency.ts';
import { problemResponses } from '../problem.ts';
import { IdParams } from '../schemas/common.ts';
import {
  CompensationBody,
  CompensationList,
  CompensationMoveBody,
  CompensationOut,
  toCompensationOut,
  toTotalsOut,
} from '../schemas/compensations.ts';
import { IdempotencyHeaders } from '../schemas/complaints.ts';
import { strictUtf8Json } from '../strict-json.ts';

/** The compensation ledger: items within the playbook's limits, approved by another key above its threshold. */
export function compensationRoutes(
  ledger: CompensationService,
  keys: IdempotencyKeys,
): FastifyPluginAsyncZod {
  return async (app) => {
    strictUtf8Json(app);

    app.post(
      '/v1/incidents/:id/compensations',
      {
        schema: {
          tags: ['Compensations'],
          summary: 'Offer a compensation within the playbook’s limits at the incident’s severity',
          description:
            'Above the per-item ceiling → 422 `/problems/compensation-refused` with rule `ceiling`; the ' +
            'incident’s total of items not declined or cancelled above the budget → rule `budget`; another ' +
            'currency → rule `currency`. Above the approval threshold the item is `pending_approval` until ' +
            'another key moves it to `offered`; else it is `offered` at once. Emits `compensation.changed`. ' +
            'Optional `Idempotency-Key`: a client unsure whether its offer went through sends it again with ' +
            'the same key and gets the first answer, not a second offer.',
          params: IdParams,
          headers: IdempotencyHeaders,
          body: CompensationBody,
          response: { 201: CompensationOut, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 429) },
        },
      },
      async (request, reply) =>
        idempotent(keys, request, reply, async () => {
          const { actor, ...input } = request.body;
          const item = await ledger.offer(request.params.id, input, actorOf(request, actor));
          return { status: 201, body: toCompensationOut(item) };
        }),
    );

    app.post(
      '/v1/compensations/:id/status',
      {
        schema: {
          tags: ['Compensations'],
          summary: 'Move a compensation: approve, answer, fulfil or cancel it',
          description:
            'offered → accepted|declined|cancelled, accepted → fulfilled, pending_approval → offered (another ' +
            'key than the author’s: else 403 `/problems/self-approval`) or cancelled; any other move → 409 ' +
            '`/problems/compensation-move-not-allowed`. Emits `compensation.changed`.',
          params: IdParams,
          body: CompensationMoveBody,
          response: { 200: CompensationOut, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 429) },
        },
      },
      async (request) => {
        const { actor, ...input } = request.body;
        return toCompensationOut(await ledger.move(request.params.id, input, actorOf(request, actor)));
      },
    );

    app.get(
      '/v1/incidents/:id/compensations',
      {
        schema: {
          tags: ['Compensations'],
          summary: 'The incident’s compensation ledger, oldest first, with its totals',
          params: IdParams,
          response: { 200: CompensationList, ...problemResponses(400, 401, 403, 404, 429) },
        },
      },
      async (request) => {
        const { items, totals } = await ledger.list(request.params.id);
        return { items: items.map(toCompensationOut), totals: toTotalsOut(totals) };
      },
    );
  };
}
