import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkMetaSignature } from '../../domain/integrations/meta-signature.ts';
import { say } from '../../domain/messages/message.ts';
import { DomainError } from '../../errors.ts';
import type { MetaInbound } from '../../services/meta-inbound.ts';
import { problemResponses } from '../problem.ts';
import {
  MetaChallenge,
  MetaDelivery,
  MetaDeliveryOut,
  MetaSignatureHeaders,
  MetaVerifyQuery,
} from '../schemas/meta.ts';
import { strictUtf8Json } from '../strict-json.ts';

export const META_ROUTE = '/v1/integrations/meta';
/** Meta batches up to 1000 changes per delivery; a comment is at most 8000 characters. */
const META_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Meta webhooks in (Facebook Page feed, Instagram comments). No API key: Meta cannot send one, so the
 * routes are open (access-policy.ts) and a delivery is trusted only with a valid X-Hub-Signature-256,
 * checked on the raw bytes before they are even parsed. Registered only when META_APP_SECRET is set.
 */
export function metaRoutes(
  inbound: MetaInbound,
  settings: { appSecret: string; verifyToken: string | undefined },
): FastifyPluginAsyncZod {
  const verifySignature = (request: FastifyRequest, raw: Buffer) => {
    const header = request.headers['x-hub-signature-256'];
    const check = checkMetaSignature(
      raw,
      typeof header === 'string' ? header : undefined,
      settings.appSecret,
    );
    if (check === 'missing') {
      throw new DomainError('UNAUTHENTICATED', say('meta_signature_missing', {}));
    }
    if (check === 'invalid') {
      throw new DomainError('FORBIDDEN', say('meta_signature_invalid', {}));
    }
  };

  return async (app) => {
    strictUtf8Json(app, verifySignature);

    app.get(
      META_ROUTE,
      {
        schema: {
          tags: ['Integrations'],
          summary: 'Meta webhook verification: answers hub.challenge when hub.verify_token matches',
          querystring: MetaVerifyQuery,
          response: { 200: MetaChallenge, ...problemResponses(400, 403) },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const expected = settings.verifyToken;
        if (q['hub.mode'] !== 'subscribe' || expected === undefined || q['hub.verify_token'] !== expected) {
          throw new DomainError('FORBIDDEN', say('meta_verification_refused', {}));
        }
        return reply.type('text/plain; charset=utf-8').send(q['hub.challenge'] ?? '');
      },
    );

    app.post(
      META_ROUTE,
      {
        bodyLimit: META_BODY_LIMIT,
        schema: {
          tags: ['Integrations'],
          summary: 'Meta webhook deliveries: Page feed comments and posts, Instagram comments → complaints',
          description:
            'Signed deliveries only. New comments are ingested as complaints (a redelivery is a no-op); edits and ' +
            'removals are recorded on the complaint. Entries not understood are ignored (still 200).',
          headers: MetaSignatureHeaders,
          body: MetaDelivery,
          response: { 200: MetaDeliveryOut, ...problemResponses(400, 401, 403, 413, 415, 422) },
        },
      },
      async (request) => {
        const result = await inbound.receive(request.body);
        if (result.ignored.length > 0) {
          request.log.info({ ignored: result.ignored }, 'meta webhook entries ignored');
        }
        return { ...result, ignored: result.ignored.length };
      },
    );
  };
}
