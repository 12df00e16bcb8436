import { type Kysely, sql } from 'kysely';

/**
 * API keys: only the SHA-256 of each key is stored (keys are 256-bit random, so a plain hash is
 * enough; a slow KDF would only cost a lookup per request). The unique index on key_hash is the one
 * indexed read every authenticated request makes.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table api_keys (
      id uuid primary key,
      name text not null,
      role text not null check (role in ('admin', 'manager', 'dashboard', 'integration')),
      prefix text not null,
      key_hash text not null,
      created_at timestamptz not null,
      revoked_at timestamptz,
      constraint api_keys_key_hash_unique unique (key_hash),
      constraint api_keys_key_hash_is_sha256 check (key_hash ~ '^[0-9a-f]{64}$')
    );
    create index api_keys_by_created on api_keys (created_at, id);
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table api_keys;`.execute(db);
}
