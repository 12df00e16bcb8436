import { type Kysely, sql } from 'kysely';

/**
 * An in-flight Idempotency-Key names the process running it (its instance lock id): a key whose owner
 * holds no instance lock any more (killed, or its session gone) is abandoned and free for a retry at once.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table idempotency_keys add column owner integer`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table idempotency_keys drop column owner`.execute(db);
}
