import { type Kysely, sql } from 'kysely';

/**
 * Statements are drafted, approved or rejected by another key, then published by their stage's step. The
 * statements table keeps the whole life of one: status, language, channels, author, decisions, the rule
 * checks at drafting and the approval reminder. Every statement stored before this was published.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table statements
      add column status text not null default 'published'
        check (status in ('pending_approval', 'approved', 'rejected', 'published')),
      add column language text,
      add column channels jsonb not null default '[]',
      add column author jsonb,
      add column created_at timestamptz,
      add column decisions jsonb not null default '[]',
      add column checks jsonb not null default '[]',
      add column remind_at timestamptz,
      add column reminded_at timestamptz,
      alter column published_at drop not null;
    update statements set created_at = published_at;
    alter table statements alter column created_at set not null, alter column status drop default;
    -- The worker's claim of approvals to remind, and the pending approvals /next lists per incident.
    create index statements_approval_reminders on statements (remind_at)
      where status = 'pending_approval' and reminded_at is null;
    create index statements_pending_approval on statements (incident_id, created_at)
      where status = 'pending_approval';
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    delete from statements where status <> 'published';
    drop index statements_approval_reminders;
    drop index statements_pending_approval;
    alter table statements
      drop column status, drop column language, drop column channels, drop column author,
      drop column created_at, drop column decisions, drop column checks, drop column remind_at,
      drop column reminded_at,
      alter column published_at set not null;
  `.execute(db);
}
