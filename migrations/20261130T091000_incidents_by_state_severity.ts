import { type Kysely, sql } from 'kysely';

/**
 * The dashboard's most common filter is "state and severity" (e.g. every high incident still in
 * apologise). With only single-column indexes the planner walks incidents_by_update and filters, which
 * on 100,000 incidents read 10,000 rows for a page of 50; this index answers the page in order.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index incidents_by_state_severity on incidents (state, severity, updated_at desc, id desc)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index incidents_by_state_severity`.execute(db);
}
