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
}

/** One round of cheap, index-backed counts for a metrics scrape. */
export async function operationalCounts(db: Kysely<DB>, now: Date): Promise<OperationalCounts> {
  const states = await sql<{ state: string; n: string }>`
    select state, count(*)::int8 as n from incidents group by state
  `.execute(db);
  const row = await sql<Record<string, string>>`
    select
      (select count(*) from deadlines where status = 'pending' and due_at >= ${now})::int8 as pending,
      (select count(*) from deadlines where status = 'pending' and due_at < ${now})::int8 as overdue,
      (select count(*) from deadlines where status = 'breached')::int8 as breached,
      (select count(*) from webhook_deliveries where status = 'pending')::int8 as backlog,
      (select count(*) from webhook_deliveries where status = 'failed')::int8 as failed,
      (select count(*) from complaints where answered = false)::int8 as unanswered
  `.execute(db);
  const r = row.rows[0] ?? {};
  return {
    incidentsByState: states.rows.map((s) => ({ state: s.state, n: Number(s.n) })),
    deadlinesPending: Number(r.pending ?? 0),
    deadlinesOverdue: Number(r.overdue ?? 0),
    deadlinesBreached: Number(r.breached ?? 0),
    outboxBacklog: Number(r.backlog ?? 0),
    deliveriesFailed: Number(r.failed ?? 0),
    complaintsUnanswered: Number(r.unanswered ?? 0),
  };
}
