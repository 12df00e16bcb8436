import { sql, type Transaction } from 'kysely';
import type { DB } from '../schema.ts';

/**
 * Takes a transaction-level advisory lock on a text key (released at commit or rollback). hashtext maps
 * the key to the lock's integer; a rare collision only serialises two unrelated keys, never breaks them.
 */
export async function advisoryXactLock(trx: Transaction<DB>, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
}

/** advisoryXactLock on several keys in one statement, taken in the order given (the caller sorts). */
export async function advisoryXactLocks(trx: Transaction<DB>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await sql`select pg_advisory_xact_lock(hashtext(k)) from unnest(${[...keys]}::text[]) as k`.execute(trx);
}
