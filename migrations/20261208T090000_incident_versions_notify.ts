import { type Kysely, sql } from 'kysely';

/**
 * Every new incident version, from any process (API instances, the worker, plain SQL), notifies the
 * channel `fivep_incident_versions` at commit with `<id>:<version>`; a deletion sends `<id>:gone` and a
 * truncate `reset`. Instances keep the versions they hear (src/services/incident-versions.ts) so a
 * conditional GET of an incident answers 304 without a query. A trigger, not the writer function: the
 * notification follows the row whatever wrote it, and the writer stays as it was. `update of version`:
 * complaint ingest's counter updates do not set the version and do not run it.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function incidents_notify_version() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        perform pg_notify('fivep_incident_versions', old.id::text || ':gone');
      elsif tg_op = 'INSERT' or new.version is distinct from old.version then
        perform pg_notify('fivep_incident_versions', new.id::text || ':' || new.version);
      end if;
      return null;
    end $$;
    create trigger incidents_version_changed after insert or delete or update of version on incidents
      for each row execute function incidents_notify_version();
    create function incidents_notify_truncate() returns trigger language plpgsql as $$
    begin
      perform pg_notify('fivep_incident_versions', 'reset');
      return null;
    end $$;
    create trigger incidents_truncated after truncate on incidents
      for each statement execute function incidents_notify_truncate();
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop trigger incidents_truncated on incidents;
    drop function incidents_notify_truncate();
    drop trigger incidents_version_changed on incidents;
    drop function incidents_notify_version();
  `.execute(db);
}
