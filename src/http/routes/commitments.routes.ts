import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Commitment } from '../../domain/commitments/commitment.types.ts';
import type { CommitmentService } from '../../services/commitment.service.ts';
import { actorOf } from '../actor.ts';
import { Keyset } from '../paging.ts';
import { problemResponses } from '../problem.ts';
import {
  CommitmentBody,
  CommitmentCursor,
  CommitmentList,
  CommitmentOut,
  CommitmentPage,
  CommitmentQuery,
  CommitmentStatusBody,
  toCommitmentOut,
} from '../schemas/commitments.ts';
import { IdParams } from '../schemas/common.ts';
import { strictUtf8Json } from '../strict-json.ts';

/** Commitments across incidents run soonest due first, by (dueAt, id). */
const commitmentPages = new Keyset(
  CommitmentCursor,
  (last: Commitment) => ({ d: last.dueAt, i: last.id }),
  (c) => ({ dueAt: new Date(c.d), id: c.i }),
);

/** Public commitments: what an incident promised, tracked until done, cancelled or missed. */
export function commitmentRoutes(commitments: CommitmentService): FastifyPluginAsyncZod {
  return async (app) => {
    strictUtf8Json(app);

    app.post(
      '/v1/incidents/:id/commitments',
      {
        schema: {
          tags: ['Commitments'],
          summary: 'Add a public commitment by hand (source manual)',
          description:
            'The `improve` step makes each `changes[]` item a commitment; this adds one at any other time. ' +
            'The worker sends `commitment.approaching` before `dueAt` and marks it `missed` at `dueAt`.',
          params: IdParams,
          body: CommitmentBody,
          response: { 201: CommitmentOut, ...problemResponses(400, 401, 403, 404, 415, 422, 429) },
        },
      },
      async (request, reply) => {
        const { actor, ...input } = request.body;
        const added = await commitments.add(request.params.id, input, actorOf(request, actor));
        return reply.code(201).send(toCommitmentOut(added));
      },
    );

    app.post(
      '/v1/commitments/:id/status',
      {
        schema: {
          tags: ['Commitments'],
          summary: 'Mark an open commitment done or cancelled',
          description:
            'Only an open commitment moves: one already done, cancelled or missed → 409 ' +
            '`/problems/commitment-move-refused`.',
          params: IdParams,
          body: CommitmentStatusBody,
          response: { 200: CommitmentOut, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 429) },
        },
      },
      async (request) => {
        const { actor, ...input } = request.body;
        return toCommitmentOut(
          await commitments.setStatus(request.params.id, input, actorOf(request, actor)),
        );
      },
    );

    app.get(
      '/v1/incidents/:id/commitments',
      {
        schema: {
          tags: ['Commitments'],
          summary: 'The incident’s commitments, oldest first',
          params: IdParams,
          response: { 200: CommitmentList, ...problemResponses(400, 401, 403, 404, 429) },
        },
      },
      async (request) => ({ items: (await commitments.listOf(request.params.id)).map(toCommitmentOut) }),
    );

    app.get(
      '/v1/commitments',
      {
        schema: {
          tags: ['Commitments'],
          summary: 'Commitments across incidents, soonest due first',
          querystring: CommitmentQuery,
          response: { 200: CommitmentPage, ...problemResponses(400, 401, 403, 422, 429) },
        },
      },
      async (request) => {
        const q = request.query;
        const rows = await commitments.list({
          status: q.status,
          dueBefore: q.dueBefore ? new Date(q.dueBefore) : undefined,
          after: commitmentPages.after(q.cursor),
          limit: q.limit,
        });
        return commitmentPages.page(rows, q.limit, rows.map(toCommitmentOut));
      },
    );
  };
}
