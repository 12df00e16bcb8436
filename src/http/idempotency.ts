import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentHash } from '../domain/canonical-json.ts';
import type { Answer, IdempotencyKeys } from '../services/idempotency-keys.ts';

export type { Answer } from '../services/idempotency-keys.ts';

/**
 * Runs `handle` at most once per Idempotency-Key and caller (the rules are in IdempotencyKeys): the same
 * key and request replay the first answer with `idempotent-replayed: true`. A request is the same when
 * its method, route, params and body are. Without the header the request simply runs. `headers` adds
 * headers derived from the answer (Location), so a replay carries them too.
 */
export async function idempotent(
  keys: IdempotencyKeys,
  request: FastifyRequest,
  reply: FastifyReply,
  handle: () => Promise<Answer>,
  headers: (answer: Answer) => Record<string, string> = () => ({}),
): Promise<FastifyReply> {
  const send = (answer: Answer) => reply.code(answer.status).headers(headers(answer)).send(answer.body);
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string') return send(await handle());
  const fingerprint = contentHash({
    method: request.method,
    route: request.routeOptions.url,
    params: request.params,
    body: request.body,
  });
  const { answer, replayed } = await keys.once(
    { scope: request.caller?.keyId ?? 'anonymous', key, fingerprint },
    handle,
    (err) => request.log.warn({ err }, 'could not release an idempotency key'),
  );
  if (replayed) reply.header('idempotent-replayed', 'true');
  return send(answer);
}
