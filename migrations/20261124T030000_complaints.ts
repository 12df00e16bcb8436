import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table complaints (
      id uuid primary key,
      source text not null,
      external_id text not null,
      text text not null,
      author text,
      url text,
      occurred_at timestamptz not null,
      received_at timestamptz not null,
      order_id text,
      tags jsonb not null default '[]',
      incident_id uuid references incidents (id),
      answered boolean not null default false,
      first_reply_due_at timestamptz,
      answered_at timestamptz,
      posted_by_key_id uuid,
      redacted_at timestamptz,
      redaction_reason text,
      -- A retry is never a second complaint: the integration's own id is the natural key.
      constraint complaints_source_external_id unique (source, external_id)
    );
    -- Keyset lists, oldest first: triage (unattached), still waiting for a reply, per incident, all.
    create index complaints_unattached on complaints (received_at, id) where incident_id is null;
    create index complaints_unanswered on complaints (received_at, id) where answered = false;
    create index complaints_by_incident on complaints (incident_id, received_at, id);
    create index complaints_by_received on complaints (received_at, id);

    -- Which playbook triggers a complaint matched when it arrived: the threshold counts these per playbook
    -- within the trigger window (a complaint may match several playbooks).
    create table complaint_matches (
      playbook_id text not null,
      complaint_id uuid not null references complaints (id),
      received_at timestamptz not null,
      primary key (playbook_id, received_at, complaint_id)
    );
    create index complaint_matches_by_complaint on complaint_matches (complaint_id);

    create table complaint_replies (
      id uuid primary key,
      complaint_id uuid not null references complaints (id),
      channel text not null,
      visibility text not null check (visibility in ('public', 'private')),
      text text not null,
      -- sha256 of the normalised text: the "no canned replies" rule looks for the same text elsewhere.
      text_key text not null,
      url text,
      actor text not null,
      key_id uuid,
      created_at timestamptz not null
    );
    create index complaint_replies_by_complaint on complaint_replies (complaint_id, created_at);
    create index complaint_replies_by_text on complaint_replies (text_key);

    create table idempotency_keys (
      scope text not null,
      key text not null,
      fingerprint text not null,
      state text not null check (state in ('in_flight', 'done')),
      response_status integer,
      response_body jsonb,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      primary key (scope, key)
    );
    create index idempotency_keys_by_expiry on idempotency_keys (expires_at);

    -- Complaints and replies are never deleted (personal data is redacted instead), not even by hand.
    create function complaints_never_deleted() returns trigger language plpgsql as $$
    begin
      raise exception '% rows are never deleted: % refused', tg_table_name, tg_op using errcode = '42501';
    end;
    $$;
    create trigger complaints_no_delete before delete on complaints
      for each row execute function complaints_never_deleted();
    create trigger complaint_replies_no_delete before delete on complaint_replies
      for each row execute function complaints_never_deleted();
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table idempotency_keys;
    drop table complaint_replies;
    drop table complaint_matches;
    drop table complaints;
    drop function complaints_never_deleted();
  `.execute(db);
}
