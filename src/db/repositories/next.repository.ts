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

/**
 * The rows and open tasks of several incidents in one statement (absent ids are missing): under load a
 * request's cost is its number of statements, and `next` used to send five. The task lists come from
 * `fivep_next_tasks` (migration 20261203T163000), whose plan PostgreSQL prepares once per session.
 * Due times arrive in epoch milliseconds, truncated as the driver truncates a timestamptz to a Date.
 */
export async function findNextReads(
  db: Kysely<DB>,
  ids: readonly string[],
  replyLimit: number,
): Promise<NextRead[]> {
  if (ids.length === 0) return [];
  const rows = await incidentReadColumns(db)
    .innerJoinLateral(
      (eb) =>
        sql<{
          awaiting: [string, number | null][];
          approvals: string[];
          compensation_approvals: string[];
          commitments: [string, number][];
        }>`fivep_next_tasks(${eb.ref('incidents.id')}, ${replyLimit})`.as('t'),
      (join) => join.onTrue(),
    )
    .select(['t.awaiting', 't.approvals', 't.compensation_approvals', 't.commitments'])
    .where('incidents.id', 'in', ids)
    .execute();
  return rows.map(({ awaiting, approvals, compensation_approvals, commitments, ...row }) => ({
    row,
    awaiting: awaiting.map(([id, dueAt]) => ({ id, dueAt: dueAt === null ? null : new Date(Number(dueAt)) })),
    approvals: approvals.map((id) => ({ id })),
    compensationApprovals: compensation_approvals.map((id) => ({ id })),
    commitments: commitments.map(([id, dueAt]) => ({ id, dueAt: new Date(Number(dueAt)) })),
  }));
}
