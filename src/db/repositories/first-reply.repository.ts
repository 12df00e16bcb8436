import { sql, type Transaction } from 'kysely';
import type { WaitingComplaint } from '../../domain/deadlines/first-reply-plans.ts';
import type { IncidentHeadState } from '../../domain/incidents/incident.change.ts';
import type { DB } from '../schema.ts';

/** Unanswered, not yet breached, due by `now`: what the breach claim looks for. */
const dueUnanswered = (now: Date) =>
  sql`answered = false and first_reply_breached_at is null and first_reply_due_at <= ${now}`;

const toWaiting = (r: { id: string; incident_id: string | null; first_reply_due_at: Date | null }) => ({
  id: r.id,
  incidentId: r.incident_id,
  dueAt: r.first_reply_due_at,
});

/**
 * Claims complaints whose first-reply reminder time came (at `fraction` of the span from receipt to due)
 * and marks them reminded, in one statement: SKIP LOCKED, so two workers never remind one complaint, and a
 * complaint being answered right now is left to the next pass. Returns the complaints claimed.
 */
export async function claimFirstReplyReminders(
  trx: Transaction<DB>,
  now: Date,
  fraction: number,
  limit: number,
): Promise<WaitingComplaint[]> {
  // Seconds, not intervals: adding a day-valued interval would follow the session's time zone over DST.
  const rows = await sql<{ id: string; incident_id: string | null; first_reply_due_at: Date | null }>`
    update complaints c set first_reply_reminded_at = ${now}
    from (
      select id from complaints
      where answered = false and first_reply_reminded_at is null and first_reply_breached_at is null
        and first_reply_due_at > ${now}
        and extract(epoch from ${now}::timestamptz - received_at)::float8
          >= extract(epoch from first_reply_due_at - received_at)::float8 * ${fraction}::float8
      order by first_reply_due_at
      limit ${limit}
      for update skip locked
    ) due
    where c.id = due.id
    returning c.id, c.incident_id, c.first_reply_due_at`.execute(trx);
  return rows.rows.map(toWaiting);
}

/**
 * Locks the incidents of complaints whose first reply is overdue (SKIP LOCKED: one another change holds
 * waits for the next pass), so their audit entries can be planned on a head that cannot move. Incidents
 * first, then complaints, the order complaint ingest takes them in.
 */
export async function lockIncidentsOfOverdueComplaints(
  trx: Transaction<DB>,
  now: Date,
  limit: number,
): Promise<IncidentHeadState[]> {
  const rows = await sql<{
    id: string;
    version: number;
    audit_seq: number;
    audit_head_hash: string;
    state: string;
    severity: string;
    deadline_due_at: Date | null;
    breached: boolean;
    tags: string[] | null;
  }>`
    select i.id, i.version, i.audit_seq, i.audit_head_hash, i.state, i.severity, i.deadline_due_at,
      i.breached, i.tags
    from incidents i
    where i.id = any(array(
      select incident_id from complaints
      where ${dueUnanswered(now)} and incident_id is not null
      order by first_reply_due_at
      limit ${limit}
    ))
    order by i.id
    for no key update of i skip locked`.execute(trx);
  return rows.rows.map((r) => ({
    id: r.id,
    version: r.version,
    auditSeq: r.audit_seq,
    auditHeadHash: r.audit_head_hash,
    state: r.state,
    severity: r.severity,
    deadlineDueAt: r.deadline_due_at,
    breached: r.breached,
    tags: r.tags ?? [],
  }));
}

/**
 * Claims overdue complaints that are unattached or attached to one of `lockedIncidents`, and marks them
 * breached, in one statement (SKIP LOCKED: two workers never mark one complaint). Returns those marked.
 */
export async function markFirstRepliesBreached(
  trx: Transaction<DB>,
  now: Date,
  lockedIncidents: readonly string[],
  limit: number,
): Promise<WaitingComplaint[]> {
  const rows = await sql<{ id: string; incident_id: string | null; first_reply_due_at: Date | null }>`
    update complaints c set first_reply_breached_at = ${now}
    from (
      select id from complaints
      where ${dueUnanswered(now)}
        and (incident_id is null or incident_id = any(${[...lockedIncidents]}::uuid[]))
      order by first_reply_due_at
      limit ${limit}
      for update skip locked
    ) due
    where c.id = due.id
    returning c.id, c.incident_id, c.first_reply_due_at`.execute(trx);
  return rows.rows.map(toWaiting);
}
