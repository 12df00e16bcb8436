import { type Actor, nextAuditEntry } from '../audit/audit-chain.ts';
import { outboxEvent } from '../events.ts';
import { chainHeadOf, type IncidentChange, type IncidentHeadState } from '../incidents/incident.change.ts';

/** The worker's own name on the chain and in `actor` fields. */
export const SCHEDULER_ACTOR: Actor = { name: 'deadline scheduler', keyId: null, keyName: null };

/** A due deadline the worker claimed, with its incident (both rows locked by the claim). */
export interface DueDeadline {
  deadlineId: string;
  stage: string;
  dueAt: Date;
  incident: IncidentHeadState;
}

/**
 * A stage deadline passed: the row marked breached (it keeps when it was due), the incident flagged and
 * tagged with the playbook's on-breach tag (its version moves), `deadline.breached` audited and outboxed.
 */
export function planDeadlineBreach(due: DueDeadline, tag: string | null, at: Date): IncidentChange {
  const { incident } = due;
  const dueAt = due.dueAt.toISOString();
  const entry = nextAuditEntry(chainHeadOf(incident), {
    at,
    actor: SCHEDULER_ACTOR,
    action: 'deadline.breached',
    fromState: incident.state,
    toState: incident.state,
    data: { stage: due.stage, dueAt, tag },
  });
  return {
    incidentId: incident.id,
    at,
    expect: { kind: 'held' },
    breached: true,
    tags: tag === null || incident.tags.includes(tag) ? incident.tags : [...incident.tags, tag],
    bumpVersion: true,
    audit: [entry],
    deadlines: [
      {
        op: 'update',
        stage: due.stage,
        deadlineId: due.deadlineId,
        from: ['pending'],
        set: { status: 'breached', breachedAt: dueAt },
      },
    ],
    statements: [],
    events: [
      outboxEvent('deadline.breached', at, {
        incidentId: incident.id,
        kind: 'stage',
        stage: due.stage,
        dueAt,
        severity: incident.severity,
      }),
    ],
  };
}

/** A stage deadline's reminder time came: marked once, `deadline.approaching` outboxed; the incident row stays. */
export function planDeadlineReminder(
  due: { deadlineId: string; incidentId: string; stage: string; dueAt: Date | null },
  at: Date,
): IncidentChange {
  return {
    incidentId: due.incidentId,
    at,
    expect: { kind: 'held' },
    bumpVersion: false,
    audit: [],
    deadlines: [
      {
        op: 'update',
        stage: due.stage,
        deadlineId: due.deadlineId,
        from: ['pending'],
        set: { remindedAt: at.toISOString() },
      },
    ],
    statements: [],
    events: [
      outboxEvent('deadline.approaching', at, {
        incidentId: due.incidentId,
        kind: 'stage',
        stage: due.stage,
        dueAt: due.dueAt?.toISOString() ?? null,
      }),
    ],
  };
}
