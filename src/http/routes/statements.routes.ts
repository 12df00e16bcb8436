import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { translator } from '../../domain/messages/message.ts';
import type { StatementService } from '../../services/statement.service.ts';
import { actorOf } from '../actor.ts';
import { problemLanguages } from '../languages.ts';
import { problemResponses } from '../problem.ts';
import { IdParams } from '../schemas/common.ts';
import {
  CheckOut,
  DecisionBody,
  StatementBody,
  StatementList,
  StatementOut,
  toStatementOut,
} from '../schemas/statements.ts';
import { strictUtf8Json } from '../strict-json.ts';

/** Statements before they are published: checked, drafted, approved or rejected by another key. */
export function statementRoutes(statements: StatementService): FastifyPluginAsyncZod {
  return async (app) => {
    strictUtf8Json(app);

    app.post(
      '/v1/incidents/:id/statements/check',
      {
        schema: {
          tags: ['Statements'],
          summary: 'Check a text against the stage’s statement rules; stores nothing',
          params: IdParams,
          body: StatementBody,
          response: { 200: CheckOut, ...problemResponses(400, 401, 403, 404, 415, 422, 429) },
        },
      },
      async (request, reply) => {
        const { actor: _actor, ...input } = request.body;
        const { ok, checks } = await statements.check(request.params.id, input);
        // Shown as people type: in their language (Accept-Language), like the problems.
        const language = problemLanguages(request)[0] ?? 'en';
        const { t } = translator(language);
        reply.header('content-language', language);
        return {
          ok,
          checks: checks.map((c) => ({ rule: c.rule, ok: c.ok, message: c.say ? t(c.say) : c.message })),
        };
      },
    );

    app.post(
      '/v1/incidents/:id/statements',
      {
        schema: {
          tags: ['Statements'],
          summary: 'Draft a statement: pending approval where the playbook requires it, else approved',
          description:
            'The stage’s statement rules run first: 422 `/problems/statement-refused` lists each rule that ' +
            'fails. Publish it with `apologise`/`admit` and `evidence.statementId` once approved.',
          params: IdParams,
          body: StatementBody,
          response: { 201: StatementOut, ...problemResponses(400, 401, 403, 404, 415, 422, 429) },
        },
      },
      async (request, reply) => {
        const { actor, ...input } = request.body;
        const drafted = await statements.draft(request.params.id, input, actorOf(request, actor));
        return reply.code(201).send(toStatementOut(drafted));
      },
    );

    app.post(
      '/v1/statements/:id/decisions',
      {
        schema: {
          tags: ['Statements'],
          summary: 'Approve or reject a pending statement (another key than the author’s)',
          description:
            'The author’s own key → 403 `/problems/self-approval`; a role the playbook does not name → 403 ' +
            '`/problems/approver-not-allowed`; a statement already decided → 409 `/problems/statement-decided`.',
          params: IdParams,
          body: DecisionBody,
          response: { 200: StatementOut, ...problemResponses(400, 401, 403, 404, 409, 415, 422, 429) },
        },
      },
      async (request) => {
        const { actor, ...input } = request.body;
        const decider = { actor: actorOf(request, actor), role: request.caller?.role ?? '' };
        return toStatementOut(await statements.decide(request.params.id, input, decider));
      },
    );

    app.get(
      '/v1/incidents/:id/statements',
      {
        schema: {
          tags: ['Statements'],
          summary: 'The incident’s statements, oldest first, with their decisions',
          params: IdParams,
          response: { 200: StatementList, ...problemResponses(400, 401, 403, 404, 429) },
        },
      },
      async (request) => ({
        items: (await statements.list(request.params.id)).map(toStatementOut),
      }),
    );
  };
}
