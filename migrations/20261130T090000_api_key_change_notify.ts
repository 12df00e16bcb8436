import { type Kysely, sql } from 'kysely';

/**
 * Every change to api_keys (a revocation by any instance, the keys CLI or plain SQL) notifies the channel
 * `fivep_api_keys` at commit. Instances cache valid keys only while they listen on it and drop the cache
 * on each notification, so a revocation holds everywhere without a database read per request.
 * Statement-level, so a bulk change sends one notification; TRUNCATE has its own trigger event.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function api_keys_notify_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('fivep_api_keys', tg_op);
      return null;
    end $$;
    create trigger api_keys_changed after update or delete on api_keys
      for each statement execute function api_keys_notify_change();
    create trigger api_keys_truncated after truncate on api_keys
      for each statement execute function api_keys_notify_change();
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop trigger api_keys_truncated on api_keys;
    drop trigger api_keys_changed on api_keys;
    drop function api_keys_notify_change();
  `.execute(db);
}
