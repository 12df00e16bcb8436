import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';
import { type IncidentRow, incidentReadColumns } from './incident.repository.ts';

/** Everything `GET …/next` reads of one incident: the row and the ids (and due times) of its open tasks. */
export interface NextRead {
  row: IncidentRow;
  /** Complaints waiting for a first reply, soonest due first (no due time last), at most `replyLimit`. */
  awaiting: { id: string; dueAt: Date | null }[];
  /** Statements waiting for approval, oldest first. */
  approvals: { id: string }[];
  /** Compensations waiting for approval, oldest first. */
  compensationApprovals: { id: string }[];
  /** Open public commitments, soonest due first. */
  commitments: { id: string; dueAt: Date }[];
}

/** Milliseconds since the epoch, truncated as the driver truncates a timestamptz to a Date. */
const epochMs = (column: string) => sql`floor(extract(epoch from ${sql.ref(column)}) * 1000)::bigint`;

/**
 * The rows and open tasks of several incidents in one statement (absent ids are missing): under load a
 * request's cost is its number of statements, and `next` used to send five. Each task list is a json
 * array built by a correlated subquery on its table's by-incident index (the unanswered complaints are
 * sorted per incident: an index for that sort cost batch ingest 8 %, see migration 20261202T080000).
 */
export async function findNextReads(
  db: Kysely<DB>,
  ids: readonly string[],
  replyLimit: number,
): Promise<NextRead[]> {
  if (ids.length === 0) return [];
  const rows = await incidentReadColumns(db)
    .select([
      sql<[string, number | null][]>`(
        select coalesce(json_agg(json_build_array(c.id, ${epochMs('c.first_reply_due_at')})
          order by c.first_reply_due_at, c.id), '[]')
        from (
          select id, first_reply_due_at from complaints
          where incident_id = incidents.id and answered = false
          order by first_reply_due_at, id
          limit ${replyLimit}
        ) c)`.as('awaiting'),
      sql<string[]>`(
        select coalesce(json_agg(s.id order by s.created_at), '[]') from statements s
        where s.incident_id = incidents.id and s.status = 'pending_approval')`.as('approvals'),
      sql<string[]>`(
        select coalesce(json_agg(p.id order by p.created_at), '[]') from compensations p
        where p.incident_id = incidents.id and p.status = 'pending_approval')`.as('compensation_approvals'),
      sql<[string, number][]>`(
        select coalesce(json_agg(json_build_array(m.id, ${epochMs('m.due_at')}) order by m.due_at, m.id), '[]')
        from commitments m
        where m.incident_id = incidents.id and m.status = 'open')`.as('commitments'),
    ])
    .where('id', 'in', ids)
    .execute();
  return rows.map(({ awaiting, approvals, compensation_approvals, commitments, ...row }) => ({
    row,
    awaiting: awaiting.map(([id, dueAt]) => ({ id, dueAt: dueAt === null ? null : new Date(Number(dueAt)) })),
    approvals: approvals.map((id) => ({ id })),
    compensationApprovals: compensation_approvals.map((id) => ({ id })),
    commitments: commitments.map(([id, dueAt]) => ({ id, dueAt: new Date(Number(dueAt)) })),
  }));
}
