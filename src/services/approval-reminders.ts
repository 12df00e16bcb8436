import type { Kysely } from 'kysely';
import {
  claimDueApprovalReminders,
  type DueApproval,
} from '../db/repositories/approval-reminder.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import { planApprovalReminders } from '../domain/statements/statement.plans.ts';

/**
 * The worker's approval reminders: statements still waiting for approval halfway to their stage's
 * deadline are requested again, once each, in one transaction: claimed set-based, planned per incident
 * (the writer takes one change per incident), applied by the one writer. Returns how many.
 */
export async function remindPendingApprovals(db: Kysely<DB>, now: Date, limit: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await claimDueApprovalReminders(trx, now, limit);
    const byIncident = new Map<string, DueApproval[]>();
    for (const d of due) byIncident.set(d.incidentId, [...(byIncident.get(d.incidentId) ?? []), d]);
    await applyIncidentChanges(
      trx,
      [...byIncident].map(([incidentId, statements]) => planApprovalReminders(incidentId, statements, now)),
    );
    return due.length;
  });
}
