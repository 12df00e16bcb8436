import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';

/** What a board card shows besides the incident itself, for every open incident with any of it. */
export interface BoardCountsRow {
  incident_id: string;
  /** Complaints received per hour bucket, keyed by bucket index (0 = the oldest of the 24). */
  hours: Record<string, number> | null;
  unanswered: number;
  overdue: number;
  pending_approvals: number;
  /** The incident's audit head: it moves with every audited change (drafts, decisions, replies, steps). */
  audit_seq: number;
}

/**
 * One statement for the whole board: complaints per hour since `since` (the start of the oldest of 24
 * clock-hour buckets), complaints without a first reply (and those past their first-reply time),
 * statements waiting for approval and the audit head, per incident not closed or dismissed. The three parts read through
 * the complaints_by_incident / complaints_awaiting_reply indexes per open incident.
 */
export async function boardCounts(
  db: Kysely<DB>,
  now: Date,
  since: Date,
  only?: string,
): Promise<BoardCountsRow[]> {
  // One incident (a workspace watching it) in any state, else every open one.
  const scope = only
    ? sql`select id, audit_seq from incidents where id = ${only}`
    : sql`select id, audit_seq from incidents where state not in ('closed', 'dismissed')`;
  const result = await sql<BoardCountsRow>`
    with open as (${scope}),
    hourly as (
      select c.incident_id, floor(extract(epoch from (c.received_at - ${since}::timestamptz)) / 3600)::int as h,
             count(*)::int as n
      from complaints c join open o on o.id = c.incident_id
      where c.received_at >= ${since}::timestamptz
      group by 1, 2
    ),
    hours as (select incident_id, jsonb_object_agg(h::text, n) as hours from hourly group by 1),
    waiting as (
      select c.incident_id, count(*)::int as unanswered,
             count(*) filter (where c.first_reply_due_at < ${now}::timestamptz)::int as overdue
      from complaints c join open o on o.id = c.incident_id
      where c.answered = false
      group by 1
    ),
    approvals as (
      select s.incident_id, count(*)::int as pending_approvals
      from statements s join open o on o.id = s.incident_id
      where s.status = 'pending_approval'
      group by 1
    )
    select o.id as incident_id, h.hours,
           coalesce(w.unanswered, 0) as unanswered, coalesce(w.overdue, 0) as overdue,
           coalesce(a.pending_approvals, 0) as pending_approvals, o.audit_seq
    from open o
    left join hours h on h.incident_id = o.id
    left join waiting w on w.incident_id = o.id
    left join approvals a on a.incident_id = o.id
    order by o.id`.execute(db);
  return result.rows;
}
