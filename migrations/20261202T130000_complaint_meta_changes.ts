import { type Kysely, sql } from 'kysely';

/**
 * Meta webhooks report a comment edited or removed on Facebook/Instagram. The complaint keeps its
 * original text (never deleted here) and records the latest edited text and when, and when it was removed.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table complaints
    add column meta_edited_text text,
    add column meta_edited_at timestamptz,
    add column meta_removed_at timestamptz`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table complaints
    drop column meta_edited_text, drop column meta_edited_at, drop column meta_removed_at`.execute(db);
}
