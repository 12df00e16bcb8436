import type { Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import { advisoryXactLocks } from '../db/repositories/advisory-lock.ts';
import {
  advanceFirstReplyDue,
  attachUnattachedMatches,
  countRecentComplaints,
  countUnattachedMatches,
  unansweredReceiptTimes,
} from '../db/repositories/complaint.repository.ts';
import { enteredMonitoringAt, openIncidentsOf } from '../db/repositories/complaint-list.repository.ts';
import type { IncidentHead } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import {
  firstReplyDueAt,
  insideWatchWindow,
  volumeEscalation,
  windowMs,
} from '../domain/complaints/complaint.rules.ts';
import { planComplaintsAdded } from '../domain/incidents/index.ts';
import { type Playbook, type Severity, severityRank } from '../domain/playbooks/playbook.schema.ts';
import { EventNotAllowedError } from '../errors.ts';
import { reopenableIncidentsOf, reopenClosed } from './complaint-reopen.ts';
import type { IncidentCommands } from './incident-commands.ts';
import type { Incident } from './incident-view.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export interface CorrelationDeps {
  clock: Clock;
  playbooks: PlaybookRegistry;
  incidents: IncidentCommands;
}

/**
 * Serialises correlation per playbook for the rest of the transaction, so concurrent complaints agree on
 * which incident is open and exactly one of them opens a new one. Ids are locked in sorted order: two
 * complaints matching the same two playbooks cannot deadlock.
 */
export async function lockPlaybooks(trx: Transaction<DB>, playbookIds: readonly string[]): Promise<void> {
  await advisoryXactLocks(
    trx,
    [...new Set(playbookIds)].sort().map((id) => `complaints:${id}`),
  );
}

/**
 * The incident each playbook's complaints join: its newest incident that is neither closed nor dismissed.
 * One in monitoring counts only inside its watch window (the complaint then reopens it); after that the
 * crisis is over and new complaints start counting towards a new incident. Playbooks without one are absent.
 */
export async function joinableIncidents(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  playbookIds: readonly string[],
): Promise<Map<string, IncidentHead>> {
  const joinable = new Map<string, IncidentHead>();
  const open = await openIncidentsOf(trx, playbookIds);
  for (const incident of open) {
    if (incident.state !== 'monitoring') {
      joinable.set(incident.playbook_id, incident);
      continue;
    }
    const since = await enteredMonitoringAt(trx, incident.id);
    const registered = deps.playbooks.get(incident.playbook_id);
    if (since && registered && insideWatchWindow(registered.playbook, since, deps.clock())) {
      joinable.set(incident.playbook_id, incident);
    }
  }
  // Lifecycle (v1.1): a playbook with no incident still open may have closed one within its
  // `reopenWindow`; the complaint joins it, and afterAttachMany reopens it (complaint-reopen.ts).
  const withoutOpen = playbookIds.filter((id) => !open.some((i) => i.playbook_id === id));
  for (const incident of await reopenableIncidentsOf(trx, deps, withoutOpen)) {
    joinable.set(incident.playbook_id, incident);
  }
  return joinable;
}

/**
 * Counts the unattached complaints matching each playbook within its trigger window (these included), in
 * the order given (best match first); a playbook whose threshold is reached opens an incident, audited as
 * opened by the integration, and every complaint that counted is attached to it. A playbook is passed
 * over once none of the new complaints that matched it is still unattached: a complaint opens at most one
 * incident. Returns the ids of the complaints attached (not only the new ones).
 */
export async function openOnThreshold(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  waiting: readonly { playbookId: string; complaintIds: readonly string[] }[],
  actor: Actor,
): Promise<Set<string>> {
  const now = deps.clock();
  const attached = new Set<string>();
  for (const { playbookId, complaintIds } of waiting) {
    if (complaintIds.every((id) => attached.has(id))) continue;
    const registered = deps.playbooks.get(playbookId);
    const trigger = registered?.playbook.triggers;
    if (!registered || !trigger) continue;
    const since = new Date(now.getTime() - windowMs(trigger.threshold.within));
    const count = await countUnattachedMatches(trx, playbookId, since);
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
    const ids = await attachUnattachedMatches(trx, playbookId, since, incident.id);
    for (const id of ids) attached.add(id);
    await refreshFirstReplyDue(trx, incident.id, registered.playbook, incident.severity);
    await afterAttach(trx, deps, incident, registered.playbook, ids.length, { reopen: false, actor });
  }
  return attached;
}

/** Complaints that joined one incident in one transaction. */
export interface Attachment {
  incident: Incident | IncidentHead;
  playbook: Playbook;
  added: number;
  /**
   * The incident's complaint counter with them, when known: no window holds more, so a rule asking for
   * more cannot have been crossed and needs no counting.
   */
  total?: number | undefined;
  /** The first of them, named in the audit entry when they reopen the incident. */
  complaintId?: string | undefined;
}

/**
 * Everything that follows `added` complaints joining an incident: the counter, reopening an incident in
 * monitoring (inside the watch window), volume escalation and the first-reply times that follow from a
 * new severity. Incident changes are planned and written through IncidentCommands, so they are stepped and audited as any other.
 * Returns whether a severity change moved first-reply times of stored complaints.
 */
export async function afterAttach(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  incident: Incident | IncidentHead,
  playbook: Playbook,
  added: number,
  options: { reopen: boolean; actor: Actor; complaintId?: string },
): Promise<boolean> {
  const { complaintId, ...rest } = options;
  await applyIncidentChanges(trx, [planComplaintsAdded(incident.id, added, deps.clock())]);
  return afterAttachMany(trx, deps, [{ incident, playbook, added, complaintId }], rest);
}

/**
 * {@link afterAttach} for several incidents at once, whose counters the caller already raised (holding
 * their row locks): the volume counts in one statement, and only the rare reopen and escalation cost
 * statements per incident.
 */
export async function afterAttachMany(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  attachments: readonly Attachment[],
  options: { reopen: boolean; actor: Actor },
): Promise<boolean> {
  const { actor } = options;
  const now = deps.clock();
  const severities: Severity[] = [];
  for (const { incident, playbook, complaintId, added } of attachments) {
    let severity = incident.severity as Severity;
    if (options.reopen && incident.state === 'monitoring') {
      const since = await enteredMonitoringAt(trx, incident.id);
      if (since && insideWatchWindow(playbook, since, now)) {
        const what = added === 1 ? 'A new complaint' : `${added} new complaints, the first`;
        const reason = `${what}${complaintId ? ` (${complaintId})` : ''} arrived within the ${playbook.monitoring.watchWindow} watch window.`;
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
    // Lifecycle (v1.1): a closed incident inside its playbook's reopenWindow (complaint-reopen.ts).
    if (options.reopen && incident.state === 'closed') {
      severity = await reopenClosed(trx, deps, { incident, playbook, added, complaintId }, now);
    }
    severities.push(severity);
  }
  // Only rules that could still raise the severity, and that the counter has reached, are counted, each
  // only up to `count + added`: beyond that it was crossed before this attach (volumeEscalation then does
  // nothing). An incident already at the top, still small, or grown huge costs little or no counting.
  const counted = attachments.map((a, i) =>
    a.playbook.volumeEscalation
      .filter(
        (rule) =>
          severityRank(rule.raiseTo) > severityRank(severities[i]!) && (a.total ?? rule.count) >= rule.count,
      )
      .map((rule) => ({ ...rule, since: new Date(now.getTime() - windowMs(rule.within)) })),
  );
  const queries = attachments.flatMap((a, i) =>
    counted[i]!.map((r) => ({ incidentId: a.incident.id, since: r.since, limit: r.count + a.added })),
  );
  const counts = await countRecentComplaints(trx, queries);
  let refreshed = false;
  let next = 0;
  for (const [i, { incident, playbook, added }] of attachments.entries()) {
    const rules = counted[i]!.map((rule) => ({ ...rule, inWindow: counts[next++]! }));
    const target = volumeEscalation(rules, severities[i]!, added);
    if (target === null) continue;
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
      if (err instanceof EventNotAllowedError) continue;
      throw err;
    }
    await refreshFirstReplyDue(trx, incident.id, playbook, target);
    refreshed = true;
  }
  return refreshed;
}

/** First-reply times of an incident's unanswered complaints under its (new) severity. */
export async function refreshFirstReplyDue(
  trx: Transaction<DB>,
  incidentId: string,
  playbook: Playbook,
  severity: Severity,
): Promise<void> {
  const received = await unansweredReceiptTimes(trx, incidentId);
  await advanceFirstReplyDue(
    trx,
    incidentId,
    received.map((r) => ({ receivedAt: r.exact, dueAt: firstReplyDueAt(playbook, severity, r.at) })),
  );
}
