import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../services/api-keys.ts';
import type { BoardCountsService } from '../../services/board-counts.ts';
import { ACCESS_POLICY } from '../access-policy.ts';
import { sendEmpty } from '../empty-reply.ts';
import { problemResponses } from '../problem.ts';
import { matchesIfNoneMatch } from '../schemas/common.ts';
import { BoardOut, BoardQuery, MeOut } from '../schemas/desk.ts';

const NotModified = z.null().meta({ description: 'Not modified: the ETag still matches' });

/** What the browser desk (src/web/) reads besides the incident routes: who the key is, and the board's cards. */
export function deskRoutes(board: BoardCountsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/me',
      {
        schema: {
          tags: ['API keys'],
          summary: 'The calling key: its name, role and the routes that role may call',
          response: { 200: MeOut, ...problemResponses(401) },
        },
      },
      async (request) => {
        // Access control ran first: a request here always has a caller.
        const caller = request.caller as NonNullable<typeof request.caller>;
        const role = caller.role as Role;
        const allowed = Object.entries(ACCESS_POLICY)
          .filter(([, roles]) => roles.includes(role))
          .map(([route]) => route);
        return {
          keyId: caller.keyId,
          name: caller.keyName,
          role,
          allowed: role === 'admin' ? ['*', ...allowed] : allowed,
        };
      },
    );

    app.get(
      '/v1/board',
      {
        schema: {
          tags: ['Stats'],
          summary:
            'The board in one read: per open incident its card (title, severity, state, deadline), complaints per hour over the last 24 h, unanswered and overdue complaints, pending approvals',
          description: '`If-None-Match` with the last ETag answers 304 while nothing changed (for polling).',
          querystring: BoardQuery,
          response: { 200: BoardOut, 304: NotModified, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { incidentId, done } = request.query;
        const { body, etag } = await board.read(incidentId ? { only: incidentId } : { done: done ?? false });
        reply.header('etag', etag);
        if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return sendEmpty(reply, 304);
        return body;
      },
    );
  };
}
