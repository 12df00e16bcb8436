import { type Kysely, sql } from 'kysely';

/**
 * Delivery reports of replies: whether the integration posted a reply on its channel (pending until it
 * reports), under which id and address, and when it reported. Existing replies read as pending. And an
 * index for the canned-reply rule, which compares a new reply with its incident's newest replies.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table complaint_replies
    add column delivery_status text not null default 'pending'
      check (delivery_status in ('pending', 'delivered', 'failed')),
    add column delivery_external_id text,
    add column delivery_url text,
    add column delivery_at timestamptz`.execute(db);
  // The canned-reply rule reads an incident's newest replies: walked newest first, joined to their complaints.
  await sql`create index complaint_replies_by_created on complaint_replies (created_at)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index complaint_replies_by_created`.execute(db);
  await sql`alter table complaint_replies drop column delivery_status, drop column delivery_external_id,
    drop column delivery_url, drop column delivery_at`.execute(db);
}
