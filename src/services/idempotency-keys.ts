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
/** Claims written before owners were recorded: the old rule (abandoned after 60 s) still frees them. */
const LEGACY_STALE_MS = 60_000;
/** A release that failed (the database was away) is tried again this often until it succeeds. */
const RELEASE_RETRY_MS = 1_000;

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

const inFlight = () =>
  new DomainError('IDEMPOTENCY_KEY_IN_FLIGHT', say('idempotency_key_in_flight', {}), { retryAfter: 1 });
const reused = () => new DomainError('IDEMPOTENCY_KEY_REUSED', say('idempotency_key_reused', {}));

/**
 * Idempotency-Key bookkeeping (draft-ietf-httpapi-idempotency-key-header, Stripe semantics), without
 * the HTTP: the first request with a key runs and its answer is stored; the same key and fingerprint
 * replay it; another fingerprint is IDEMPOTENCY_KEY_REUSED; a request still running is
 * IDEMPOTENCY_KEY_IN_FLIGHT (409, retry after 1 s).
 *
 * The in-flight state never outlives its owner: a claim records this process's instance lock id
 * (`owner`, held in the database for the process's life, database.ts holdInstanceLock), so a claim
 * whose process died is free at once for any instance. In this process, `running` says which keys are
 * really running: a claim of ours that is not (its release failed while the database was away) is
 * taken over by the next request here, and its release is retried until it succeeds for the others.
 */
export class IdempotencyKeys {
  /** Keys running in this process, with their fingerprint; concurrent duplicates here never reach the database. */
  private readonly running = new Map<string, string>();

  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock; owner: number }) {}

  /**
   * Runs `handle` unless the key already has an answer; `replayed` says which. `onReleaseFailure` hears
   * of a key that could not be released after `handle` threw (the original error is rethrown anyway).
   */
  async once(
    request: KeyedRequest,
    handle: () => Promise<Answer>,
    onReleaseFailure: (err: unknown) => void,
  ): Promise<{ answer: Answer; replayed: boolean }> {
    const local = `${request.scope}\u0000${request.key}`;
    const runningHere = this.running.get(local);
    if (runningHere !== undefined) throw runningHere === request.fingerprint ? inFlight() : reused();
    this.running.set(local, request.fingerprint);
    try {
      const claimedAt = this.deps.clock();
      const stored = await this.claim(request, claimedAt);
      if (stored) return { answer: stored, replayed: true };
      let answer: Answer;
      try {
        answer = await handle();
      } catch (err) {
        const claim = { ...request, owner: this.deps.owner, claimedAt };
        await releaseIdempotencyKey(this.deps.db, claim).catch((releaseErr) => {
          onReleaseFailure(releaseErr);
          this.retryRelease(local, claim);
        });
        throw err;
      }
      await completeIdempotencyKey(this.deps.db, request.scope, request.key, answer);
      return { answer, replayed: false };
    } finally {
      this.running.delete(local);
    }
  }

  /** Claims the key (null: the caller runs the request) or returns the answer stored under it. */
  private async claim({ scope, key, fingerprint }: KeyedRequest, now: Date): Promise<Answer | null> {
    const claimed = await claimIdempotencyKey(this.deps.db, {
      scope,
      key,
      fingerprint,
      now,
      expiresAt: new Date(now.getTime() + KEEP_MS),
      owner: this.deps.owner,
      takeOverOwn: true,
      legacyStaleBefore: new Date(now.getTime() - LEGACY_STALE_MS),
    });
    if (claimed) return null;
    const stored = await findIdempotencyKey(this.deps.db, scope, key);
    if (stored?.fingerprint !== undefined && stored.fingerprint !== fingerprint) throw reused();
    if (!stored || stored.state === 'in_flight' || stored.response_status === null) throw inFlight();
    return { status: stored.response_status, body: stored.response_body };
  }

  /**
   * A release that failed (the database is away) is tried again every second, so other instances see the
   * key free soon after the database is back. Skipped while the key runs here again: that request took
   * the claim over and owns the row now.
   */
  private retryRelease(local: string, claim: Parameters<typeof releaseIdempotencyKey>[1], attempt = 1): void {
    if (attempt > 300) return;
    setTimeout(() => {
      if (this.running.has(local)) return;
      releaseIdempotencyKey(this.deps.db, claim).catch(() => this.retryRelease(local, claim, attempt + 1));
    }, RELEASE_RETRY_MS).unref();
  }
}
