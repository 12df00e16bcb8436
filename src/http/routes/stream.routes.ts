import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { say } from '../../domain/messages/message.ts';
import { DomainError } from '../../errors.ts';
import type { EventStreams } from '../../services/event-streams.ts';
import { problemResponses } from '../problem.ts';
import { StreamHeaders, StreamQuery, StreamResponse } from '../schemas/stream.ts';

/** Query parameters that would carry a key: refused outright, whatever the key (see key_in_url). */
const KEY_PARAMS = new Set(['key', 'token', 'apikey', 'api_key', 'access_token', 'authorization', 'bearer']);

/** Events a stream may have waiting for a slow reader; beyond, it is closed and the client resumes. */
const MAX_WAITING = 2_000;

/**
 * GET /v1/stream: the live board's events as server-sent events (@fastify/sse frames them and sends the
 * keepalive comments). The key comes in `Authorization` only: browsers read the stream with `fetch`,
 * since EventSource cannot send headers, and a key in the URL is refused before anything else.
 */
/** Before the deferred 401 (preParsing): a key in the URL is named as such even without a header. */
async function refuseKeyInUrl(request: FastifyRequest): Promise<void> {
  const query = request.query as Record<string, unknown>;
  const name = Object.keys(query).find((k) => KEY_PARAMS.has(k.toLowerCase()));
  if (name !== undefined) throw new DomainError('BAD_REQUEST', say('key_in_url', { name }));
}

export function streamRoutes(streams: EventStreams): FastifyPluginAsyncZod {
  return async (app) => {
    // HEAD follows GET as everywhere (key, role, limit: the same status and headers) but opens no
    // stream: fastify's own HEAD would run the GET handler, whose answer never ends.
    app.head(
      '/v1/stream',
      {
        onRequest: refuseKeyInUrl,
        schema: { hide: true, querystring: StreamQuery, headers: StreamHeaders },
      },
      async (request, reply) => {
        streams.admit(request.caller!);
        return reply
          .code(200)
          .header('content-type', 'text/event-stream')
          .header('cache-control', 'no-cache')
          .send();
      },
    );

    app.get(
      '/v1/stream',
      {
        // 'manual': no Accept negotiation (its 406 is not a problem document).
        sse: { kind: 'manual' },
        exposeHeadRoute: false,
        onRequest: refuseKeyInUrl,
        schema: {
          tags: ['Stream'],
          summary: 'Live events (server-sent events) for boards and dashboards; resumable with Last-Event-ID',
          description:
            'Read it with `fetch` and a stream reader, sending `Authorization: Bearer <key>` (EventSource ' +
            'cannot send headers; a key in the URL is refused with 400). Roles: admin and manager see every ' +
            'event; dashboard keys see them without texts, authors, links and channel ids; integration keys ' +
            'are refused (403: systems use webhooks). At most STREAM_MAX_PER_KEY (5) open streams per key ' +
            '(429). New events arrive within about a second; the server closes streams when it stops, and ' +
            'a stream more than 2000 events behind its reader (clients resume with Last-Event-ID).',
          querystring: StreamQuery,
          headers: StreamHeaders,
          response: { 200: StreamResponse, ...problemResponses(400, 401, 403, 429, 503) },
        },
      },
      async (request, reply) => {
        // Access control ran: a caller is set on every request that reaches a handler.
        const caller = request.caller!;
        const lastEventId = request.headers['last-event-id'] ?? request.query.lastEventId;
        const sse = reply.sse;
        // Writes go one after another, each waiting for the socket to drain when it must: batches stay in
        // order and a slow reader holds events here (counted) rather than in socket buffers.
        let writing = Promise.resolve();
        let waiting = 0;
        const subscription = await streams.open(caller, lastEventId, {
          deliver: (events) => {
            waiting += events.length;
            if (waiting > MAX_WAITING) return sse.close();
            writing = writing
              .then(async () => {
                for (const e of events) {
                  if (!sse.isConnected) return;
                  await sse.send({ id: e.id, event: e.event, data: e.data });
                }
              })
              .catch(() => sse.close())
              .finally(() => {
                waiting -= events.length;
              });
          },
          end: () => sse.close(),
        });
        sse.onClose(() => subscription.close());
        sse.keepAlive();
        if (!sse.isConnected) return subscription.close();
        sse.sendHeaders(200);
        reply.raw.write(lastEventId ? `: after ${lastEventId}\n\n` : ': from now\n\n');
      },
    );
  };
}
