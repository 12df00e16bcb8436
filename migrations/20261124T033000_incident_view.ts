import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The machine's view of the snapshot (allowed events, deadline, completed stages), written with every
  // change so reads never restore the machine. Rows written before this column compute it on read.
  await sql`alter table incidents add column view jsonb`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table incidents drop column view`.execute(db);
}
