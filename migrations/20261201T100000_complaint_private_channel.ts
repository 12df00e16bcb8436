import { type Kysely, sql } from 'kysely';

/**
 * Public first, then private: a complaint records the private channel its conversation moved to (direct
 * message, e-mail, phone) and when, after a public reply.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table complaints
    add column private_channel text check (private_channel in ('dm', 'email', 'phone')),
    add column private_channel_at timestamptz`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table complaints drop column private_channel, drop column private_channel_at`.execute(db);
}
