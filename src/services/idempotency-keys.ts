import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
} from '../db/repositories/idempotency.repository.ts';
import type { DB } from '../db/schema.ts';
import { say } from '../domain/messages/message.ts';
import { DomainError } from '../errors.ts';

/** Keys are kept at least this long (the IETF draft and Stripe both say 24 hours). */
const KEEP_MS = 24 * 3_600_000;
/** An in-flight claim this old belongs to a request whose process died; a retry may take it over. */
const STALE_IN_FLIGHT_MS = 60_000;

/** What a request answered: stored under its key and replayed as it was. */
export interface Answer {
  status: number;
  body: unknown;
}

/** One keyed request: whose key (`scope`), the key, and a hash of what was asked. */
export interface KeyedRequest {
  scope: string;
  key: string;
  fingerprint: string;
}

/**
 * Idempotency-Key bookkeeping (draft-ietf-httpapi-idempotency-key-header, Stripe semantics), without
 * the HTTP: the first request with a key runs and its answer is stored; the same key and fingerprint
 * replay it; another fingerprint is IDEMPOTENCY_KEY_REUSED; a request still running is
 * IDEMPOTENCY_KEY_IN_FLIGHT. A request that throws releases its key, so retrying it is safe.
 */
export class IdempotencyKeys {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock }) {}

  /**
   * Runs `handle` unless the key already has an answer; `replayed` says which. `onReleaseFailure` hears
   * of a key that could not be released after `handle` threw (the original error is rethrown anyway).
   */
  async once(
    request: KeyedRequest,
    handle: () => Promise<Answer>,
    onReleaseFailure: (err: unknown) => void,
  ): Promise<{ answer: Answer; replayed: boolean }> {
    const stored = await this.claim(request);
    if (stored) return { answer: stored, replayed: true };
    let answer: Answer;
    try {
      answer = await handle();
    } catch (err) {
      await releaseIdempotencyKey(this.deps.db, request.scope, request.key).catch(onReleaseFailure);
      throw err;
    }
    await completeIdempotencyKey(this.deps.db, request.scope, request.key, answer);
    return { answer, replayed: false };
  }

  /** Claims the key (null: the caller runs the request) or returns the answer stored under it. */
  private async claim({ scope, key, fingerprint }: KeyedRequest): Promise<Answer | null> {
    const now = this.deps.clock();
    const claimed = await claimIdempotencyKey(this.deps.db, {
      scope,
      key,
      fingerprint,
      now,
      expiresAt: new Date(now.getTime() + KEEP_MS),
      staleBefore: new Date(now.getTime() - STALE_IN_FLIGHT_MS),
    });
    if (claimed) return null;
    const stored = await findIdempotencyKey(this.deps.db, scope, key);
    if (stored?.fingerprint !== undefined && stored.fingerprint !== fingerprint) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', say('idempotency_key_reused', {}));
    }
    if (!stored || stored.state === 'in_flight' || stored.response_status === null) {
      throw new DomainError('IDEMPOTENCY_KEY_IN_FLIGHT', say('idempotency_key_in_flight', {}));
    }
    return { status: stored.response_status, body: stored.response_body };
  }
}
