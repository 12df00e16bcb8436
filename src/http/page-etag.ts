import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageEtag } from '../services/incident-queries.ts';
import { sendEmpty } from './empty-reply.ts';
import { matchesIfNoneMatch } from './schemas/common.ts';

export const NotModified = z.null().meta({ description: 'Not modified: the ETag still matches' });
export const IfNoneMatchHeaders = z.object({
  'if-none-match': z.string().max(1024).optional().meta({
    description: 'The ETag of the page you hold: 304 while it is still the page',
    example: 'W/"3q2-7w"',
  }),
});

/**
 * A list page with a weak ETag of its content: a poller sending it back as If-None-Match gets a 304 with no
 * body. The page is still read (the lists are keyset pages, one indexed query); what a 304 saves is the
 * rendering and the bytes, the most of a dashboard's poll. Content, not a max(updated) stamp: a page also
 * changes when a row leaves its filter or another caller's scope sees other rows.
 */
export function withPageEtag<T>(request: FastifyRequest, reply: FastifyReply, page: T): T | FastifyReply {
  const etag = pageEtag([JSON.stringify(page)]);
  reply.header('etag', etag);
  if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return sendEmpty(reply, 304);
  return page;
}
