import { type Kysely, sql } from 'kysely';

/** The desk's `next` lists an incident's unanswered complaints soonest due first: a short index scan each. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index complaints_awaiting_reply on complaints (incident_id, first_reply_due_at, id)
    where answered = false`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index complaints_awaiting_reply`.execute(db);
}
