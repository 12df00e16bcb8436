import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, IdempotencyKeysTable } from '../schema.ts';

export type IdempotencyRow = Selectable<IdempotencyKeysTable>;

/**
 * Claims (scope, key) for a request; false when a row exists. A row that expired, or an in-flight claim
 * older than `staleBefore` (its process died mid-request), is taken over in the same statement.
 */
export async function claimIdempotencyKey(
  db: Kysely<DB>,
  c: { scope: string; key: string; fingerprint: string; now: Date; expiresAt: Date; staleBefore: Date },
): Promise<boolean> {
  // A fresh claim, whether the row is new or taken over.
  const claim = {
    fingerprint: c.fingerprint,
    state: 'in_flight' as const,
    response_status: null,
    response_body: null,
    created_at: c.now,
    expires_at: c.expiresAt,
  };
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
              eb('idempotency_keys.created_at', '<', c.staleBefore),
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

/** Forgets a claim whose request failed, so a retry with the same key runs again. */
export async function releaseIdempotencyKey(db: Kysely<DB>, scope: string, key: string): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('state', '=', 'in_flight')
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
