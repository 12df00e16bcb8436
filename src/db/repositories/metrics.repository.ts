import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';

export interface OperationalCounts {
  incidentsByState: { state: string; n: number }[];
  deadlinesPending: number;
  deadlinesOverdue: number;
  deadlinesBreached: number;
  outboxBacklog: number;
  deliveriesFailed: number;
  complaintsUnanswered: number;
  complaintsOverdue: number;
}

/** Complaints still waiting for a first reply, and those of them past their first-reply time. */
export interface ComplaintWaitCounts {
  unanswered: number;
  overdue: number;
}

export async function complaintWaitCounts(db: Kysely<DB>, now: Date): Promise<ComplaintWaitCounts> {
  const row = await sql<{ unanswered: string; overdue: string }>`
    select count(*)::int8 as unanswered, count(*) filter (where first_reply_due_at < ${now})::int8 as overdue
    from complaints where answered = false`.execute(db);
  return { unanswered: Number(row.rows[0]?.unanswered ?? 0), overdue: Number(row.rows[0]?.overdue ?? 0) };
}

/** One round of cheap, index-backed counts for a metrics scrape. */
export async function operationalCounts(db: Kysely<DB>, now: Date): Promise<OperationalCounts> {
  const states = await sql<{ state: string; n: string }>`
    select state, count(*)::int8 as n from incidents group by state
  `.execute(db);
  const [row, complaints] = await Promise.all([
    sql<Record<string, string>>`
    select
      (select count(*) from deadlines where status = 'pending' and due_at >= ${now})::int8 as pending,
      (select count(*) from deadlines where status = 'pending' and due_at < ${now})::int8 as overdue,
      (select count(*) from deadlines where status = 'breached')::int8 as breached,
      (select count(*) from webhook_deliveries where status = 'pending')::int8 as backlog,
      (select count(*) from webhook_deliveries where status = 'failed')::int8 as failed
  `.execute(db),
    complaintWaitCounts(db, now),
  ]);
  const r = row.rows[0] ?? {};
  return {
    incidentsByState: states.rows.map((s) => ({ state: s.state, n: Number(s.n) })),
    deadlinesPending: Number(r.pending ?? 0),
    deadlinesOverdue: Number(r.overdue ?? 0),
    deadlinesBreached: Number(r.breached ?? 0),
    outboxBacklog: Number(r.backlog ?? 0),
    deliveriesFailed: Number(r.failed ?? 0),
    complaintsUnanswered: complaints.unanswered,
    complaintsOverdue: complaints.overdue,
  };
}
