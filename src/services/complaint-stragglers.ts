import type { Transaction } from 'kysely';
import { countRecentComplaints } from '../db/repositories/complaint.repository.ts';
import { type IncidentHead, lockIncident } from '../db/repositories/incident.repository.ts';
import { enteredStateAt, lastClosedIncidentsOf } from '../db/repositories/lifecycle.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import { insideReopenWindow, SYSTEM_ACTOR } from '../domain/incidents/incident.lifecycle.ts';
import {
  isQuiet,
  planStragglers,
  stragglerReopen,
  stragglerWindowStart,
} from '../domain/incidents/incident.stragglers.ts';
import type { Playbook, Severity } from '../domain/playbooks/playbook.schema.ts';
import type { CorrelationDeps } from './complaint-correlation.ts';
import { headStateOf } from './incident-view.ts';

// Stragglers (v1.2): complaints that reach an incident in monitoring, or a closed one within its
// playbook's `reopenWindow`. Part of complaint correlation (complaint-correlation.ts): they join, wait for
// their replies and are counted; only the playbook's `reopen` threshold reopens the incident.

/** Closed incidents (the newest per playbook) that complaints arriving now still join. */
export async function reopenableIncidentsOf(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  playbookIds: readonly string[],
): Promise<(IncidentHead & { playbook_id: string })[]> {
  const withWindow = playbookIds.filter((id) => deps.playbooks.get(id)?.playbook.reopenWindow !== undefined);
  const now = deps.clock();
  return (await lastClosedIncidentsOf(trx, withWindow)).filter((incident) => {
    const registered = deps.playbooks.get(incident.playbook_id);
    return (
      incident.closed_at !== null &&
      registered !== undefined &&
      insideReopenWindow(registered.playbook, incident.closed_at, now)
    );
  });
}

/**
 * Complaints joined an incident the caller holds the lock of: when it is quiet they are recorded as
 * stragglers, and with `reopen` (complaints arriving, not a manager's triage) the playbook's threshold
 * may reopen it, through the machine as the system. Returns the severity after.
 */
export async function receiveStragglers(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  joined: { incidentId: string; playbook: Playbook; complaintIds: readonly string[] },
  options: { reopen: boolean; actor: Actor },
): Promise<Severity | null> {
  // Read again under the lock: the caller may have appended to the chain since its own read.
  const row = await lockIncident(trx, joined.incidentId);
  if (!row || !isQuiet(row.state) || joined.complaintIds.length === 0) return null;
  const now = deps.clock();
  await applyIncidentChanges(trx, [
    planStragglers(headStateOf(row), row.stragglers, joined.complaintIds, options.actor, now),
  ]);
  const rule = joined.playbook.reopen;
  const quietSince = rule && options.reopen ? await enteredStateAt(trx, row.id, row.state) : null;
  if (!rule || quietSince === null) return row.severity as Severity;
  // Counted up to the threshold only: nothing beyond it changes the answer.
  const since = new Date(stragglerWindowStart(rule, quietSince, now).getTime() - 1);
  const [arrived] = await countRecentComplaints(trx, [{ incidentId: row.id, since, limit: rule.threshold }]);
  const evidence = stragglerReopen(joined.playbook, arrived ?? 0);
  if (!evidence) return row.severity as Severity;
  const reopened = await deps.incidents.transitionIn(
    trx,
    row.id,
    { event: 'reopen', evidence },
    undefined,
    SYSTEM_ACTOR,
  );
  return reopened.severity;
}
