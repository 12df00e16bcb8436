import { type Kysely, sql } from 'kysely';

/**
 * Unanswered lists now run soonest due first (complaints_unanswered_by_due), so complaints_unanswered,
 * by receipt time, serves no query any more; every complaint insert paid for it (see 20261202T080000).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists complaints_unanswered`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index complaints_unanswered on complaints (received_at, id) where answered = false`.execute(
    db,
  );
}
