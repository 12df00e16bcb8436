import { type Kysely, sql } from 'kysely';

/**
 * The canned rule reads the newest published statements of other incidents (`statementsOfOtherIncidents`,
 * `status = 'published' order by published_at desc limit 5000`) on every check and every apologise/admit
 * step; without an index that read sorted every published statement each time. This index hands them over
 * newest first and stops at the limit.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index statements_published_newest on statements (published_at desc)
    where status = 'published'`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists statements_published_newest`.execute(db);
}
