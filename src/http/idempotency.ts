import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
} from '../db/repositories/idempotency.repository.ts';
import type { DB } from '../db/schema.ts';
import { contentHash } from '../domain/canonical-json.ts';
import { DomainError } from '../errors.ts';

/** Keys are kept at least this long (the IETF draft and Stripe both say 24 hours). */
const KEEP_MS = 24 * 3_600_000;
/** An in-flight claim this old belongs to a request whose process died; a retry may take it over. */
const STALE_IN_FLIGHT_MS = 60_000;

export interface Answer {
  status: number;
  body: unknown;
}

/**
 * Runs `handle` at most once per Idempotency-Key and caller (draft-ietf-httpapi-idempotency-key-header,
 * Stripe semantics): the same key and body replay the first answer (`idempotent-replayed: true`); the same
 * key with another body is 422; the same key while the first request still runs is 409. A request that
 * fails (a thrown 4xx, or a 5xx whose transaction rolled back) releases the key, so retrying it is safe.
 * Without the header the request simply runs. `headers` adds headers derived from the answer (Location),
 * so a replay carries them too.
 */
export async function idempotent(
  deps: { db: Kysely<DB>; clock: Clock },
  request: FastifyRequest,
  reply: FastifyReply,
  handle: () => Promise<Answer>,
  headers: (answer: Answer) => Record<string, string> = () => ({}),
): Promise<FastifyReply> {
  const send = (answer: Answer) => reply.code(answer.status).headers(headers(answer)).send(answer.body);
  const header = request.headers['idempotency-key'];
  if (typeof header !== 'string') return send(await handle());
  const scope = request.caller?.keyId ?? 'anonymous';
  const now = deps.clock();
  const fingerprint = contentHash({
    method: request.method,
    route: request.routeOptions.url,
    params: request.params,
    body: request.body,
  });
  const claimed = await claimIdempotencyKey(deps.db, {
    scope,
    key: header,
    fingerprint,
    now,
    expiresAt: new Date(now.getTime() + KEEP_MS),
    staleBefore: new Date(now.getTime() - STALE_IN_FLIGHT_MS),
  });
  if (!claimed) {
    const stored = await findIdempotencyKey(deps.db, scope, header);
    if (stored?.fingerprint !== undefined && stored.fingerprint !== fingerprint) {
      throw new DomainError(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used with a different request; use a new key for a new request.',
      );
    }
    if (!stored || stored.state === 'in_flight' || stored.response_status === null) {
      throw new DomainError(
        'IDEMPOTENCY_KEY_IN_FLIGHT',
        'A request with this Idempotency-Key is still being processed; retry after it finishes.',
      );
    }
    reply.header('idempotent-replayed', 'true');
    return send({ status: stored.response_status, body: stored.response_body });
  }
  let answer: Answer;
  try {
    answer = await handle();
  } catch (err) {
    await releaseIdempotencyKey(deps.db, scope, header).catch((e: unknown) =>
      request.log.warn({ err: e }, 'could not release an idempotency key'),
    );
    throw err;
  }
  await completeIdempotencyKey(deps.db, scope, header, answer);
  return send(answer);
}
