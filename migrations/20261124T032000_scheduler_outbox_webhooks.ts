import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- When deadline.approaching fires (a playbook-set fraction of the time), and whether it has.
    alter table deadlines add column remind_at timestamptz;
    alter table deadlines add column reminded_at timestamptz;
    create index deadlines_to_remind on deadlines (remind_at) where status = 'pending' and reminded_at is null;

    -- First replies to complaints are deadlines too.
    alter table complaints add column first_reply_reminded_at timestamptz;
    alter table complaints add column first_reply_breached_at timestamptz;
    create index complaints_reply_due on complaints (first_reply_due_at)
      where answered = false and first_reply_breached_at is null and first_reply_due_at is not null;

    -- Tags set by escalations (e.g. the on-call manager), shown on the incident.
    alter table incidents add column tags jsonb not null default '[]';

    -- Transactional outbox: written in the same transaction as the change that caused the event.
    create table outbox (
      id uuid primary key,
      event text not null,
      incident_id uuid,
      payload jsonb not null,
      created_at timestamptz not null
    );
    create index outbox_by_created on outbox (created_at);

    create table webhooks (
      id uuid primary key,
      url text not null,
      events jsonb not null,
      secret text not null,
      created_at timestamptz not null,
      disabled_at timestamptz,
      disabled_reason text,
      failing_since timestamptz
    );

    -- One row per (event, subscription): its id is the webhook-id, the same on every retry.
    create table webhook_deliveries (
      id uuid primary key,
      webhook_id uuid not null references webhooks (id),
      outbox_id uuid not null references outbox (id),
      event text not null,
      status text not null check (status in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      lease_until timestamptz,
      created_at timestamptz not null,
      delivered_at timestamptz,
      last_status integer,
      last_error text
    );
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
    create index webhook_deliveries_by_webhook on webhook_deliveries (webhook_id, created_at desc);

    create table webhook_attempts (
      id uuid primary key,
      delivery_id uuid not null references webhook_deliveries (id),
      webhook_id uuid not null references webhooks (id),
      at timestamptz not null,
      status_code integer,
      latency_ms integer not null,
      ok boolean not null,
      error text
    );
    create index webhook_attempts_by_webhook on webhook_attempts (webhook_id, at desc, id);

    -- Audit chain for what is not about one incident (webhook subscriptions disabled, keys, …).
    create table system_audit_entries (
      seq integer primary key,
      at timestamptz not null,
      actor text not null,
      action text not null,
      data jsonb not null,
      prev_hash text not null,
      hash text not null
    );
    create trigger system_audit_no_update_delete before update or delete on system_audit_entries
      for each row execute function audit_entries_append_only();
    create trigger system_audit_no_truncate before truncate on system_audit_entries
      for each statement execute function audit_entries_append_only();
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table system_audit_entries;
    drop table webhook_attempts;
    drop table webhook_deliveries;
    drop table webhooks;
    drop table outbox;
    alter table incidents drop column tags;
    drop index complaints_reply_due;
    alter table complaints drop column first_reply_breached_at;
    alter table complaints drop column first_reply_reminded_at;
    drop index deadlines_to_remind;
    alter table deadlines drop column reminded_at;
    alter table deadlines drop column remind_at;
  `.execute(db);
}
