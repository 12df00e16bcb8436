import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';

/** Everything a board card shows, for every incident on the board. */
export interface BoardCountsRow {
  incident_id: string;
  title: string;
  playbook_id: string;
  severity: string;
  state: string;
  version: number;
  complaint_count: number;
  stragglers: number;
  deadline_stage: string | null;
  deadline_due_at: Date | string | null;
  /** The current deadline was marked breached, or its due time has passed. */
  deadline_breached: boolean;
  /** When the current stage's pending deadline row started (the "25 % left" colour needs the span). */
  deadline_started_at: Date | string | null;
  /** Complaints received per hour bucket, keyed by bucket index (0 = the oldest of the 24). */
  hours: Record<string, number> | null;
  unanswered: number;
  overdue: number;
  pending_approvals: number;
  /** The incident's audit head: it moves with every audited change (drafts, decisions, replies, steps). */
  audit_seq: number;
}

/** Which incidents: every one not closed or dismissed, those too (`done`), or the one a workspace watches. */
export type BoardScope = { only: string } | { done: boolean };

/**
 * One statement for the whole board: each incident's own card fields, the start of its pending deadline,
 * complaints per hour since `since` (the start of the oldest of 24 clock-hour buckets), complaints
 * without a first reply (and those past their first-reply time), statements waiting for approval and the
 * audit head. The parts read through the complaints_by_incident / complaints_awaiting_reply /
 * deadlines_by_incident indexes per incident.
 */
export async function boardCounts(
  db: Kysely<DB>,
  now: Date,
  since: Date,
  scope: BoardScope,
): Promise<BoardCountsRow[]> {
  const columns = sql`id, title, playbook_id, severity, state, version, complaint_count, stragglers, deadline_stage,
    deadline_due_at, breached, audit_seq`;
  const chosen =
    'only' in scope
      ? sql`select ${columns} from incidents where id = ${scope.only}`
      : scope.done
        ? sql`select ${columns} from incidents`
        : sql`select ${columns} from incidents where state not in ('closed', 'dismissed')`;
  const result = await sql<BoardCountsRow>`
    with open as (${chosen}),
    -- A join, not a lateral per incident: unanalysed tables got a nested loop over every pending row.
    started as (
      select distinct on (d.incident_id) d.incident_id, d.started_at
      from deadlines d join open o on o.id = d.incident_id and d.stage = o.deadline_stage
      where d.status = 'pending'
      order by d.incident_id, d.started_at desc
    ),
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
    select o.id as incident_id, o.title, o.playbook_id, o.severity, o.state, o.version, o.complaint_count,
           o.stragglers,
           o.deadline_stage, o.deadline_due_at,
           (o.breached or coalesce(o.deadline_due_at < ${now}::timestamptz, false)) as deadline_breached,
           d.started_at as deadline_started_at, h.hours,
           coalesce(w.unanswered, 0) as unanswered, coalesce(w.overdue, 0) as overdue,
           coalesce(a.pending_approvals, 0) as pending_approvals, o.audit_seq
    from open o
    left join started d on d.incident_id = o.id
    left join hours h on h.incident_id = o.id
    left join waiting w on w.incident_id = o.id
    left join approvals a on a.incident_id = o.id
    order by o.id`.execute(db);
  return result.rows;
}
