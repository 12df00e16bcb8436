import { sql, type Transaction } from 'kysely';
import type { DueDeadline } from '../../domain/deadlines/deadline-plans.ts';
import type { DB } from '../schema.ts';

interface ClaimedRow {
  deadline_id: string;
  incident_id: string;
  stage: string;
  due_at: Date;
  playbook_version: string;
  version: number;
  state: string;
  severity: string;
  audit_seq: number;
  audit_head_hash: string;
  deadline_due_at: Date | null;
  breached: boolean;
  tags: string[] | null;
}

/** A claimed deadline with its incident's playbook version (the breach's tag and rise come from it). */
export type ClaimedDeadline = DueDeadline & { playbookVersion: string };

/**
 * Claims a batch of due deadlines for the rest of the transaction, a breach with its incident (it changes
 * the row; a reminder only marks its deadline). SKIP LOCKED: another worker's batch or a change in flight
 * is skipped (next tick), never waited for, so a claim cannot deadlock with anything, and what one worker
 * claimed no other sees. One deadline
 * per incident per batch keeps each audit chain linear. `reminders`: pending deadlines whose reminder time
 * came and that were not reminded yet; otherwise pending deadlines past their due time.
 */
export async function claimDueDeadlines(
  trx: Transaction<DB>,
  kind: 'breaches' | 'reminders',
  now: Date,
  limit: number,
): Promise<ClaimedDeadline[]> {
  const due =
    kind === 'breaches'
      ? sql`d.due_at <= ${now} order by d.due_at`
      : sql`d.reminded_at is null and d.remind_at <= ${now} and d.due_at > ${now} order by d.remind_at`;
  const rows = await sql<ClaimedRow>`
    select d.id as deadline_id, d.incident_id, d.stage, d.due_at, i.playbook_version, i.version, i.state,
      i.severity, i.audit_seq, i.audit_head_hash, i.deadline_due_at, i.breached, i.tags
    from deadlines d join incidents i on i.id = d.incident_id
    where d.status = 'pending' and ${due}
    limit ${limit}
    for update of ${kind === 'breaches' ? sql`d, i` : sql`d`} skip locked
  `.execute(trx);
  const seen = new Set<string>();
  return rows.rows
    .filter((r) => !seen.has(r.incident_id) && seen.add(r.incident_id))
    .map((r) => ({
      deadlineId: r.deadline_id,
      stage: r.stage,
      dueAt: r.due_at,
      playbookVersion: r.playbook_version,
      incident: {
        id: r.incident_id,
        version: r.version,
        auditSeq: r.audit_seq,
        auditHeadHash: r.audit_head_hash,
        state: r.state,
        severity: r.severity,
        deadlineDueAt: r.deadline_due_at,
        breached: r.breached,
        tags: r.tags ?? [],
      },
    }));
}
