import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table playbook_versions (
      version text primary key,
      playbook_id text not null,
      title text not null,
      definition jsonb not null,
      source_file text not null,
      first_loaded_at timestamptz not null default now()
    );
    create index playbook_versions_by_playbook on playbook_versions (playbook_id, first_loaded_at desc);

    create table playbooks (
      playbook_id text primary key,
      current_version text not null references playbook_versions (version),
      updated_at timestamptz not null default now()
    );

    create table incidents (
      id uuid primary key,
      playbook_id text not null,
      playbook_version text not null references playbook_versions (version),
      title text not null,
      summary text,
      severity text not null,
      state text not null,
      version integer not null default 1,
      snapshot jsonb not null,
      opened_at timestamptz not null,
      updated_at timestamptz not null,
      deadline_stage text,
      deadline_due_at timestamptz,
      breached boolean not null default false,
      complaint_count integer not null default 0,
      audit_seq integer not null default 0,
      audit_head_hash text not null default ''
    );
    create index incidents_by_update on incidents (updated_at desc, id desc);
    create index incidents_by_state on incidents (state, updated_at desc, id desc);
    create index incidents_by_severity on incidents (severity, updated_at desc, id desc);
    create index incidents_by_playbook on incidents (playbook_id, updated_at desc, id desc);
    create index incidents_by_due on incidents (deadline_due_at) where deadline_due_at is not null;

    create table audit_entries (
      incident_id uuid not null references incidents (id),
      seq integer not null,
      at timestamptz not null,
      actor text not null,
      key_id uuid,
      key_name text,
      action text not null,
      from_state text,
      to_state text,
      data jsonb not null,
      prev_hash text not null,
      hash text not null,
      primary key (incident_id, seq)
    );

    create function audit_entries_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit entries are append-only: % refused', tg_op using errcode = '42501';
    end;
    $$;
    create trigger audit_entries_no_update_delete before update or delete on audit_entries
      for each row execute function audit_entries_append_only();
    create trigger audit_entries_no_truncate before truncate on audit_entries
      for each statement execute function audit_entries_append_only();

    create table deadlines (
      id uuid primary key,
      incident_id uuid not null references incidents (id),
      stage text not null,
      started_at timestamptz not null,
      due_at timestamptz,
      completed_at timestamptz,
      breached_at timestamptz,
      paused_at timestamptz,
      remaining_ms bigint,
      status text not null check (status in ('pending', 'met', 'breached', 'paused', 'cancelled'))
    );
    create index deadlines_by_incident on deadlines (incident_id, started_at);
    create index deadlines_open_by_due on deadlines (due_at) where status = 'pending';
    create index deadlines_by_status_due on deadlines (status, due_at);

    create table statements (
      id uuid primary key,
      incident_id uuid not null references incidents (id),
      stage text not null,
      text text not null,
      published_at timestamptz not null
    );
    create index statements_by_incident on statements (incident_id);
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table statements;
    drop table deadlines;
    drop table audit_entries;
    drop function audit_entries_append_only();
    drop table incidents;
    drop table playbooks;
    drop table playbook_versions;
  `.execute(db);
}
