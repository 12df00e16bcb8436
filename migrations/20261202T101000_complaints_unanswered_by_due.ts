import { type Kysely, sql } from 'kysely';

/** Lists of what waits for a first reply run soonest due first: a short index scan, nulls last. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index complaints_unanswered_by_due on complaints (first_reply_due_at, id)
    where answered = false`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index complaints_unanswered_by_due`.execute(db);
}
