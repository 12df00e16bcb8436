import { sql, type Transaction } from 'kysely';
import type { Statement, StatementStage } from '../../domain/statements/statement.types.ts';
import type { DB } from '../schema.ts';

export type DueApproval = Pick<Statement, 'id' | 'incidentId' | 'stage' | 'remindAt'>;

/**
 * Claims, for the rest of the transaction, pending approvals whose reminder time came and that were not
 * reminded yet (index statements_approval_reminders), soonest first. SKIP LOCKED: what one worker claimed
 * no other sees, and a decision in flight is skipped (next tick), never waited for.
 */
export async function claimDueApprovalReminders(
  trx: Transaction<DB>,
  now: Date,
  limit: number,
): Promise<DueApproval[]> {
  const rows = await sql<{ id: string; incident_id: string; stage: string; remind_at: Date }>`
    select id, incident_id, stage, remind_at from statements
    where status = 'pending_approval' and reminded_at is null and remind_at <= ${now}
    order by remind_at
    limit ${limit}
    for update skip locked
  `.execute(trx);
  return rows.rows.map((r) => ({
    id: r.id,
    incidentId: r.incident_id,
    stage: r.stage as StatementStage,
    remindAt: r.remind_at.toISOString(),
  }));
}
