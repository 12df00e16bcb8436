import { type Kysely, sql } from 'kysely';

/**
 * Secret rotation: the secret replaced by `POST /v1/webhooks/{id}/rotate-secret` keeps signing next to
 * the new one until `previous_secret_until`, so receivers can switch without losing a delivery. Both
 * columns hold encrypted values like `secret` (encryption itself needs SECRETS_KEY, which a migration
 * does not have: plain rows are encrypted by the service at start).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table webhooks
    add column previous_secret text,
    add column previous_secret_until timestamptz`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table webhooks drop column previous_secret, drop column previous_secret_until`.execute(db);
}
