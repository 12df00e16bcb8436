import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import { readWriterSql } from '../src/db/writer/incident-writer.ts';

/**
 * Public commitments: what an incident promised, who owns it, by when, and how it ended. An incident's
 * table, so the one writer gains a commitments block (src/db/writer/apply-incident-changes.sql, reloaded
 * here); `down` restores the function as 20261202T091000 loaded it, kept verbatim in migrations/frozen/.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table commitments (
      id uuid primary key,
      incident_id uuid not null references incidents (id),
      description text not null,
      owner text not null,
      due_at timestamptz not null,
      status text not null check (status in ('open', 'done', 'missed', 'cancelled')),
      source text not null check (source in ('improve', 'manual')),
      created_at timestamptz not null,
      remind_at timestamptz,
      reminded_at timestamptz,
      done_at timestamptz,
      note text
    );
    -- An incident's commitments, oldest first; the open ones a close checks and /next lists.
    create index commitments_by_incident on commitments (incident_id, created_at, id);
    create index commitments_open_by_incident on commitments (incident_id) where status = 'open';
    -- The worker's claims: reminders due, and open commitments past their due time (and the list by due).
    create index commitments_to_remind on commitments (remind_at) where status = 'open' and reminded_at is null;
    create index commitments_open_by_due on commitments (due_at, id) where status = 'open';
    create index commitments_by_due on commitments (due_at, id);
  `.execute(db);
  await sql.raw(readWriterSql()).execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen history and use the untyped schema.
export async function down(db: Kysely<any>): Promise<void> {
  const frozen = new URL('./frozen/20261202T091000_apply_incident_changes.sql', import.meta.url);
  await sql.raw(readFileSync(frozen, 'utf8')).execute(db);
  await sql`drop table commitments`.execute(db);
}
