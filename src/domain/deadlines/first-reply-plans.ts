import type { AuditEntry } from '../audit/audit-chain.ts';
import { nextAuditEntry } from '../audit/audit-chain.ts';
import { type OutboxEvent, outboxEvent } from '../events.ts';
import { chainHeadOf, type IncidentChange, type IncidentHeadState } from '../incidents/incident.change.ts';
import { SCHEDULER_ACTOR } from './deadline-plans.ts';

/**
 * When `complaint.first_reply_approaching` fires: at this fraction of the span from receipt to the
 * first-reply due time (wall clock). First replies are due in minutes to hours, so the quarter left must
 * still be enough to read the complaint and answer it in one's own words: 2.5 of 10 minutes, 1.5 of 6 hours.
 * Stage deadlines, which run hours to days, remind later (the playbook's reminderAt, 0.8 by default).
 */
export const FIRST_REPLY_REMINDER_AT = 0.75;

/** A complaint the worker claimed: still unanswered at its reminder or due time. */
export interface WaitingComplaint {
  id: string;
  incidentId: string | null;
  dueAt: Date | null;
}

const dataOf = (c: WaitingComplaint) => ({
  incidentId: c.incidentId,
  complaintId: c.id,
  dueAt: c.dueAt?.toISOString() ?? null,
});

/** The reminder: an event only (the complaint's reminded mark is the claim itself). */
export function firstReplyReminderEvent(complaint: WaitingComplaint, at: Date): OutboxEvent {
  return outboxEvent('complaint.first_reply_approaching', at, dataOf(complaint));
}

/**
 * The breach events of a complaint: `complaint.first_reply_breached`, and `deadline.breached` of kind
 * `first_reply`, which v1 promised subscribers.
 */
export function firstReplyBreachEvents(complaint: WaitingComplaint, at: Date): OutboxEvent[] {
  return [
    outboxEvent('deadline.breached', at, { ...dataOf(complaint), kind: 'first_reply' }),
    outboxEvent('complaint.first_reply_breached', at, dataOf(complaint)),
  ];
}

/**
 * First replies breached on one incident (its row locked by the caller): an audit entry per complaint on
 * its chain and their events. Nothing a client conditions on changes, so the version stays.
 */
export function planFirstReplyBreaches(
  incident: IncidentHeadState,
  complaints: readonly WaitingComplaint[],
  at: Date,
): IncidentChange {
  const audit: AuditEntry[] = [];
  let head = chainHeadOf(incident);
  for (const c of complaints) {
    const entry = nextAuditEntry(head, {
      at,
      actor: SCHEDULER_ACTOR,
      action: 'complaint.first_reply_breached',
      fromState: incident.state,
      toState: incident.state,
      data: { complaintId: c.id, dueAt: c.dueAt?.toISOString() ?? null },
    });
    audit.push(entry);
    head = { incidentId: incident.id, seq: entry.seq, hash: entry.hash };
  }
  return {
    incidentId: incident.id,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    audit,
    deadlines: [],
    statements: [],
    events: complaints.flatMap((c) => firstReplyBreachEvents(c, at)),
  };
}
