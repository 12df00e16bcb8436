import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkComplaintContent } from '../../domain/complaints/complaint.rules.ts';
import { say } from '../../domain/messages/message.ts';
import { UnprocessableError } from '../../errors.ts';
import type { ComplaintService } from '../../services/complaint.service.ts';
import type { ComplaintReplies } from '../../services/complaint-replies.service.ts';
import type { IdempotencyKeys } from '../../services/idempotency-keys.ts';
import { actorOf } from '../actor.ts';
import { toProblem } from '../error-handler.ts';
import { idempotent } from '../idempotency.ts';
import { problemLanguages } from '../languages.ts';
import { problemResponses } from '../problem.ts';
import { BulkAttachBody, BulkAttachOut } from '../schemas/complaint-lists.ts';
import { ReplyBody, ReplyOut } from '../schemas/complaint-replies.ts';
import {
  AttachBody,
  ComplaintIdParams,
  ComplaintOut,
  IdempotencyHeaders,
  MovePrivateBody,
  RedactBody,
} from '../schemas/complaints.ts';
import { strictUtf8Json } from '../strict-json.ts';

/** What people do with a complaint: attach it, answer it, redact it. Never delete it (405). */
export function complaintActionRoutes(
  complaints: ComplaintService,
  replies: ComplaintReplies,
  keys: IdempotencyKeys,
): FastifyPluginAsyncZod {
  return async (app) => {
    strictUtf8Json(app);

    app.post(
      '/v1/complaints/:id/attach',
      {
        schema: {
          tags: ['Complaints'],
          summary: 'Attach a triaged complaint to an incident (manager); 409 if it belongs to another one',
          params: ComplaintIdParams,
          body: AttachBody,
          response: { 200: ComplaintOut, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 429) },
        },
      },
      async (request) => {
        const { incidentId, actor } = request.body;
        return complaints.attach(request.params.id, incidentId, actorOf(request, actor));
      },
    );

    app.post(
      '/v1/complaints/attach',
      {
        schema: {
          tags: ['Complaints'],
          summary: 'Attach many triaged complaints to one incident at once (by id, or all a filter matches)',
          description:
            'One transaction; each complaint audited as by the single attach. A complaint on another incident (409) or unknown ' +
            '(404) is refused on its own in `refused`; the others are attached. A manager’s triage never reopens an incident.',
          body: BulkAttachBody,
          response: { 200: BulkAttachOut, ...problemResponses(400, 401, 403, 415, 422, 429) },
        },
      },
      async (request) => {
        const { incidentId, actor, complaintIds, filter } = request.body;
        const languages = problemLanguages(request);
        const picked =
          filter !== undefined
            ? {
                filter: (({ private: movedPrivate, q, ...rest }) => ({
                  ...rest,
                  movedPrivate,
                  ...(q === undefined ? {} : { search: { text: q, broad: false } }),
                }))(filter),
              }
            : { complaintIds: complaintIds ?? [] };
        const result = await complaints.attachMany(incidentId, picked, actorOf(request, actor));
        return {
          ...result,
          refused: result.refused.map((r) => ({
            complaintId: r.complaintId,
            problem: toProblem(r.error, languages),
          })),
        };
      },
    );

    app.post(
      '/v1/complaints/:id/replies',
      {
        schema: {
          tags: ['Complaints'],
          summary: 'Record a reply; the first one marks the complaint answered',
          description:
            'Replies obey the statement rules for replies: 422 when one blames the customer, breaks the tone rule, ' +
            'repeats word for word a reply to another complaint, or (rule `canned`) is nearly the same as another ' +
            'reply of the same incident once names and numbers are masked. Public first: a private reply before any ' +
            'public one is 409 `/problems/public-reply-first`. Optional `Idempotency-Key`.',
          params: ComplaintIdParams,
          headers: IdempotencyHeaders,
          body: ReplyBody,
          response: { 201: ReplyOut, ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 429) },
        },
      },
      async (request, reply) =>
        idempotent(keys, request, reply, async () => {
          const { actor, ...input } = request.body;
          const content = checkComplaintContent(input, 'body');
          if (content.length > 0) throw new UnprocessableError(say('reply_not_unicode', {}), content);
          return {
            status: 201,
            body: await replies.reply(request.params.id, input, actorOf(request, actor)),
          };
        }),
    );

    app.post(
      '/v1/complaints/:id/move-private',
      {
        schema: {
          tags: ['Complaints'],
          summary: 'Move the conversation to a private channel after a public reply (409 before one)',
          params: ComplaintIdParams,
          body: MovePrivateBody,
          response: { 200: ComplaintOut, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 429) },
        },
      },
      async (request) => {
        const { actor, ...input } = request.body;
        return replies.movePrivate(request.params.id, input, actorOf(request, actor));
      },
    );

    app.post(
      '/v1/complaints/:id/redact',
      {
        schema: {
          tags: ['Complaints'],
          summary:
            'Replace the text and author (personal data); the record and an audit entry remain (admin)',
          params: ComplaintIdParams,
          body: RedactBody,
          response: { 200: ComplaintOut, ...problemResponses(400, 401, 403, 404, 415, 422, 429) },
        },
      },
      async (request) => {
        const { reason, actor } = request.body;
        return replies.redact(request.params.id, reason, actorOf(request, actor));
      },
    );
  };
}
