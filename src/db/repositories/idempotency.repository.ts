import { type Kysely, type Selectable, sql } from 'kysely';
import { INSTANCE_LOCK_SPACE } from '../database.ts';
import type { DB, IdempotencyKeysTable } from '../schema.ts';

export type IdempotencyRow = Selectable<IdempotencyKeysTable>;

/** A claim: who asks (`owner`, its instance lock id) and whether its own in-flight rows are abandoned. */
export interface Claim {
  scope: string;
  key: string;
  fingerprint: string;
  now: Date;
  expiresAt: Date;
  owner: number;
  /** True when this process runs no request with this key, so a row it owns is left from a failure. */
  takeOverOwn: boolean;
  /** Rows written before owners were recorded count as abandoned after this (the old 60 s rule). */
  legacyStaleBefore: Date;
}

/**
 * Claims (scope, key) for a request; false when a live row exists. Taken over in the same statement: an
 * expired row, and an in-flight row whose owner is gone (no instance lock in pg_locks: the process died or
 * lost its session) or is this process with no such request running (its release failed).
 */
export async function claimIdempotencyKey(db: Kysely<DB>, c: Claim): Promise<boolean> {
  // A fresh claim, whether the row is new or taken over.
  const claim = {
    fingerprint: c.fingerprint,
    state: 'in_flight' as const,
    response_status: null,
    response_body: null,
    created_at: c.now,
    expires_at: c.expiresAt,
    owner: c.owner,
  };
  const ownerAlive = sql<boolean>`exists (select 1 from pg_locks l where l.locktype = 'advisory'
    and l.classid = ${INSTANCE_LOCK_SPACE}::oid and l.objid = idempotency_keys.owner::oid
    and l.objsubid = 2 and l.granted)`;
  const row = await db
    .insertInto('idempotency_keys')
    .values({ scope: c.scope, key: c.key, ...claim })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'key'])
        .doUpdateSet(claim)
        .where((eb) =>
          eb.or([
            eb('idempotency_keys.expires_at', '<=', c.now),
            eb.and([
              eb('idempotency_keys.state', '=', 'in_flight'),
              eb.or([
                eb.and([eb('idempotency_keys.owner', '=', c.owner), eb.lit(c.takeOverOwn)]),
                eb.and([eb('idempotency_keys.owner', 'is not', null), eb.not(ownerAlive)]),
                eb.and([
                  eb('idempotency_keys.owner', 'is', null),
                  eb('idempotency_keys.created_at', '<', c.legacyStaleBefore),
                ]),
              ]),
            ]),
          ]),
        ),
    )
    .returning('scope')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findIdempotencyKey(
  db: Kysely<DB>,
  scope: string,
  key: string,
): Promise<IdempotencyRow | null> {
  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
  return row ?? null;
}

export async function completeIdempotencyKey(
  db: Kysely<DB>,
  scope: string,
  key: string,
  response: { status: number; body: unknown },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ state: 'done', response_status: response.status, response_body: JSON.stringify(response.body) })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}

/**
 * Forgets a claim whose request failed, so a retry with the same key runs again. Only that claim (its
 * owner and time): a late retry of the release must not delete a newer claim of the same key.
 */
export async function releaseIdempotencyKey(
  db: Kysely<DB>,
  c: { scope: string; key: string; owner: number; claimedAt: Date },
): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', c.scope)
    .where('key', '=', c.key)
    .where('state', '=', 'in_flight')
    .where('owner', '=', c.owner)
    .where('created_at', '=', c.claimedAt)
    .execute();
}

/**
 * Deletes up to `limit` keys that expired at or before `now` (expires_at is set 24 hours after the claim);
 * returns how many. Bounded, so one pass never holds a long transaction over a large backlog.
 */
export async function deleteExpiredIdempotencyKeys(
  db: Kysely<DB>,
  now: Date,
  limit: number,
): Promise<number> {
  const result = await sql`delete from idempotency_keys where (scope, key) in (
      select scope, key from idempotency_keys where expires_at <= ${now} limit ${limit})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
