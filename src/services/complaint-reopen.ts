import type { Transaction } from 'kysely';
import type { IncidentHead } from '../db/repositories/incident.repository.ts';
import { closedAt, lastClosedIncidentsOf } from '../db/repositories/lifecycle.repository.ts';
import type { DB } from '../db/schema.ts';
import { insideReopenWindow, SYSTEM_ACTOR } from '../domain/incidents/incident.lifecycle.ts';
import type { Severity } from '../domain/playbooks/playbook.schema.ts';
import type { Attachment, CorrelationDeps } from './complaint-correlation.ts';

// Lifecycle (v1.1): complaints reopening a closed incident within its playbook's `reopenWindow`. Part of
// complaint correlation (complaint-correlation.ts): the closed incident is joinable, and attaching to it
// reopens it through IncidentCommands.transitionIn, as monitoring's watch window already did.

/** Closed incidents (the newest per playbook) a complaint arriving now reopens. */
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
 * Complaints joined a closed incident: inside its playbook's `reopenWindow` it reopens, through the
 * machine as the system, audited with the complaint named. A complaint naming a closed incident by id
 * outside the window only joins it. Returns the severity after.
 */
export async function reopenClosed(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  { incident, playbook, added, complaintId }: Attachment,
  now: Date,
): Promise<Severity> {
  const since = await closedAt(trx, incident.id);
  if (since === null || !insideReopenWindow(playbook, since, now)) return incident.severity as Severity;
  const what = added === 1 ? 'A new complaint' : `${added} new complaints, the first`;
  const reason = `${what}${complaintId ? ` (${complaintId})` : ''} arrived within the ${playbook.reopenWindow} reopen window after the close.`;
  const reopened = await deps.incidents.transitionIn(
    trx,
    incident.id,
    { event: 'reopen', evidence: { reason } },
    undefined,
    SYSTEM_ACTOR,
  );
  return reopened.severity;
}
