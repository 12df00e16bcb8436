import type { Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import { advisoryXactLock } from '../db/repositories/advisory-lock.ts';
import {
  addToComplaintCount,
  advanceFirstReplyDue,
  attachUnattachedMatches,
  countIncidentComplaintsSince,
  countUnattachedMatches,
  unansweredOfIncident,
} from '../db/repositories/complaint.repository.ts';
import { enteredMonitoringAt, openIncidentsOf } from '../db/repositories/complaint-list.repository.ts';
import type { IncidentRow } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import type { TriggerMatch } from '../domain/complaints/complaint.match.ts';
import {
  firstReplyDueAt,
  insideWatchWindow,
  volumeEscalation,
  windowMs,
} from '../domain/complaints/complaint.rules.ts';
import type { Playbook, Severity } from '../domain/playbooks/playbook.schema.ts';
import { EventNotAllowedError } from '../errors.ts';
import type { Actor } from './audit-log.ts';
import type { Incident, IncidentService } from './incident.service.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export interface CorrelationDeps {
  clock: Clock;
  playbooks: PlaybookRegistry;
  incidents: IncidentService;
}

/**
 * Serialises correlation per playbook for the rest of the transaction, so concurrent complaints agree on
 * which incident is open and exactly one of them opens a new one. Ids are locked in sorted order: two
 * complaints matching the same two playbooks cannot deadlock.
 */
export async function lockPlaybooks(trx: Transaction<DB>, playbookIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(playbookIds)].sort()) {
    await advisoryXactLock(trx, `complaints:${id}`);
  }
}

/**
 * The incident a complaint joins, trying the matching playbooks best first: the newest incident that is
 * neither closed nor dismissed. One in monitoring counts only inside its watch window (the complaint then
 * reopens it); after that the crisis is over and new complaints start counting towards a new incident.
 */
export async function findOpenIncident(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  candidates: readonly TriggerMatch[],
): Promise<string | null> {
  const open = await openIncidentsOf(
    trx,
    candidates.map((c) => c.playbookId),
  );
  for (const candidate of candidates) {
    const incident = open.find((i) => i.playbook_id === candidate.playbookId);
    if (!incident) continue;
    if (incident.state !== 'monitoring') return incident.id;
    const since = await enteredMonitoringAt(trx, incident.id);
    const registered = deps.playbooks.get(candidate.playbookId);
    if (since && registered && insideWatchWindow(registered.playbook, since, deps.clock()))
      return incident.id;
  }
  return null;
}

/**
 * Counts the unattached complaints matching each candidate within its trigger window (this one included);
 * the first playbook whose threshold is reached opens an incident, audited as opened by the integration,
 * and every complaint that counted is attached to it. Returns the new incident's id, or null.
 */
export async function openOnThreshold(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  candidates: readonly TriggerMatch[],
  actor: Actor,
): Promise<string | null> {
  const now = deps.clock();
  for (const candidate of candidates) {
    const registered = deps.playbooks.get(candidate.playbookId);
    const trigger = registered?.playbook.triggers;
    if (!registered || !trigger) continue;
    const since = new Date(now.getTime() - windowMs(trigger.threshold.within));
    const count = await countUnattachedMatches(trx, candidate.playbookId, since);
    if (count < trigger.threshold.count) continue;
    const incident = await deps.incidents.openIn(
      trx,
      registered,
      {
        title: `${registered.playbook.title}: ${count} complaints within ${trigger.threshold.within}`,
        severity: trigger.severity,
        summary: `Opened automatically: the trigger threshold (${trigger.threshold.count} within ${trigger.threshold.within}) was reached.`,
      },
      actor,
    );
    const attached = await attachUnattachedMatches(trx, candidate.playbookId, since, incident.id);
    await refreshFirstReplyDue(trx, incident.id, registered.playbook, incident.severity);
    await afterAttach(trx, deps, incident, registered.playbook, attached, { reopen: false, actor });
    return incident.id;
  }
  return null;
}

/**
 * Everything that follows `added` complaints joining an incident: the counter, reopening an incident in
 * monitoring (inside the watch window), volume escalation and the first-reply times that follow from a
 * new severity. Incident changes go through IncidentService, so they are stepped and audited as any other.
 */
export async function afterAttach(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  incident: Incident | IncidentRow,
  playbook: Playbook,
  added: number,
  options: { reopen: boolean; actor: Actor; complaintId?: string },
): Promise<void> {
  const { actor } = options;
  const now = deps.clock();
  await addToComplaintCount(trx, incident.id, added);
  let severity = incident.severity as Severity;
  if (options.reopen && incident.state === 'monitoring') {
    const since = await enteredMonitoringAt(trx, incident.id);
    if (since && insideWatchWindow(playbook, since, now)) {
      const reason = `A new complaint${options.complaintId ? ` (${options.complaintId})` : ''} arrived within the ${playbook.monitoring.watchWindow} watch window.`;
      const reopened = await deps.incidents.transitionIn(
        trx,
        incident.id,
        { event: 'reopen', evidence: { reason } },
        undefined,
        actor,
      );
      severity = reopened.severity;
    }
  }
  const rules = [];
  for (const rule of playbook.volumeEscalation) {
    const since = new Date(now.getTime() - windowMs(rule.within));
    rules.push({ ...rule, inWindow: await countIncidentComplaintsSince(trx, incident.id, since) });
  }
  const target = volumeEscalation(rules, severity, added);
  if (target === null) return;
  const rule = rules.find((r) => r.raiseTo === target);
  const reason = `Volume escalation: ${rule?.inWindow} complaints within ${rule?.within}.`;
  try {
    await deps.incidents.transitionIn(
      trx,
      incident.id,
      { event: 'set_severity', evidence: { severity: target, reason } },
      undefined,
      actor,
    );
  } catch (err) {
    // Monitoring, closed and dismissed incidents keep their severity; the refusal wrote nothing.
    if (err instanceof EventNotAllowedError) return;
    throw err;
  }
  await refreshFirstReplyDue(trx, incident.id, playbook, target);
}

/** First-reply times of an incident's unanswered complaints under its (new) severity. */
export async function refreshFirstReplyDue(
  trx: Transaction<DB>,
  incidentId: string,
  playbook: Playbook,
  severity: Severity,
): Promise<void> {
  const waiting = await unansweredOfIncident(trx, incidentId);
  await advanceFirstReplyDue(
    trx,
    waiting.map((c) => ({ id: c.id, dueAt: firstReplyDueAt(playbook, severity, c.received_at) })),
  );
}
