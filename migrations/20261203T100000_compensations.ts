import { type Kysely, sql } from 'kysely';

/**
 * The compensation ledger: one row per item offered in an incident, its value in integer minor units of
 * its currency (never a float), its status and the history of its moves. Written only by the incident
 * writer (its ops come with the next migration).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table compensations (
      id uuid primary key,
      incident_id uuid not null references incidents (id),
      complaint_id uuid references complaints (id),
      recipient text,
      kind text not null,
      value_minor bigint not null check (value_minor >= 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      description text not null,
      status text not null check (status in
        ('pending_approval', 'offered', 'accepted', 'declined', 'fulfilled', 'cancelled')),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      history jsonb not null default '[]'
    );
    -- The incident's ledger in order (lists, the budget's sum under the incident's lock).
    create index compensations_by_incident on compensations (incident_id, created_at, id);
    -- The approvals /next lists per incident.
    create index compensations_pending_approval on compensations (incident_id, created_at)
      where status = 'pending_approval';
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table compensations`.execute(db);
}
