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
import { openIncidentsOf } from '../db/repositories/complaint-list.repository.ts';
import type { IncidentHead } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import { firstReplyDueAt, volumeEscalation, windowMs } from '../domain/complaints/complaint.rules.ts';
import { isQuiet } from '../domain/incidents/incident.stragglers.ts';
import { planComplaintsAdded } from '../domain/incidents/index.ts';
import { type Playbook, type Severity, severityRank } from '../domain/playbooks/playbook.schema.ts';
import { EventNotAllowedError } from '../errors.ts';
import { receiveStragglers, reopenableIncidentsOf } from './complaint-stragglers.ts';
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
 * The incident each playbook's complaints join: its newest incident that is neither closed nor dismissed
 * (one in monitoring too: the complaint waits there for its reply, complaint-stragglers.ts), else its
 * newest closed one within the playbook's `reopenWindow`. Playbooks without one are absent.
 */
export async function joinableIncidents(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  playbookIds: readonly string[],
): Promise<Map<string, IncidentHead>> {
  const joinable = new Map<string, IncidentHead>();
  const open = await openIncidentsOf(trx, playbookIds);
  for (const incident of open) joinable.set(incident.playbook_id, incident);
  const withoutOpen = playbookIds.filter((id) => !joinable.has(id));
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
    await afterAttach(trx, deps, incident, registered.playbook, ids, { reopen: false, actor });
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
  /** Their ids, named in the audit entry when they join a quiet incident (stragglers). */
  complaintIds: readonly string[];
}

/**
 * Everything that follows complaints joining an incident: the counter, stragglers of a quiet incident
 * (and the playbook's reopen threshold), volume escalation and the first-reply times that follow from a
 * new severity. Incident changes are planned and written through IncidentCommands or the writer, so they
 * are stepped and audited as any other. Returns whether a severity change moved first-reply times.
 */
export async function afterAttach(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  incident: Incident | IncidentHead,
  playbook: Playbook,
  complaintIds: readonly string[],
  options: { reopen: boolean; actor: Actor },
): Promise<boolean> {
  await applyIncidentChanges(trx, [planComplaintsAdded(incident.id, complaintIds.length, deps.clock())]);
  return afterAttachMany(
    trx,
    deps,
    [{ incident, playbook, added: complaintIds.length, complaintIds }],
    options,
  );
}

/**
 * {@link afterAttach} for several incidents at once, whose counters the caller already raised (holding
 * their row locks): the volume counts in one statement, and only the rare stragglers and escalation cost
 * statements per incident. `reopen`: complaints arriving (not a manager's triage) may reopen.
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
  for (const { incident, playbook, complaintIds } of attachments) {
    const after = isQuiet(incident.state)
      ? await receiveStragglers(trx, deps, { incidentId: incident.id, playbook, complaintIds }, options)
      : null;
    severities.push(after ?? (incident.severity as Severity));
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
