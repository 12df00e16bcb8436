import { type Kysely, sql } from 'kysely';

/**
 * Each complaint's topics (delivery, refund, safety…), assigned at ingest from its playbook's topic keywords
 * (src/domain/complaints/complaint.topics.ts) in the same insert as the rest of the row. No index: the
 * feedback aggregate reads an incident's or a period's complaints, which other indexes already find, and
 * every index on complaints costs batch ingest.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table complaints add column topics text[] not null default '{}'`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table complaints drop column topics`.execute(db);
}
