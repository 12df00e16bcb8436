import { type Actor, GENESIS_HASH, nextAuditEntry } from '../audit/audit-chain.ts';
import type { CommitmentWrite } from '../commitments/commitment.types.ts';
import { digestOccasion, type FeedbackDigest } from '../complaints/feedback.ts';
import { deadlineWrites } from '../deadlines/deadline-writes.ts';
import { type OutboxEvent, outboxEvent } from '../events.ts';
import { type Severity, severityRank } from '../playbooks/playbook.schema.ts';
import type { StatementWrite } from '../statements/statement.types.ts';
import {
  breachedAfter,
  chainHeadOf,
  type IncidentChange,
  type IncidentHeadState,
  machineColumns,
  type NewIncident,
} from './incident.change.ts';
import type { CurrentDeadline, Effect, IncidentView, PersistedIncident } from './incident.types.ts';
import type { NamedStatement } from './statement-evidence.ts';

/** An opened machine (see openIncident) and what the incident is. */
export interface Opening extends NewIncident {
  id: string;
  severity: Severity;
  opened: { snapshot: PersistedIncident; view: IncidentView; effects: Effect[] };
  /** The playbook's fraction of a deadline's span after which `deadline.approaching` fires. */
  reminderAt: number;
}

/** Opening an incident: the row, the apology's deadline, `incident.opened` on the chain and in the outbox. */
export function planOpening(o: Opening, actor: Actor, at: Date): IncidentChange {
  const { id, opened } = o;
  const entry = nextAuditEntry(
    { incidentId: id, seq: 0, hash: GENESIS_HASH },
    {
      at,
      actor,
      action: 'incident.opened',
      fromState: null,
      toState: opened.view.state,
      data: {
        title: o.title,
        severity: o.severity,
        playbookVersion: o.playbookVersion,
        effects: opened.effects,
      },
    },
  );
  return {
    incidentId: id,
    at,
    expect: {
      kind: 'new',
      row: {
        playbookId: o.playbookId,
        playbookVersion: o.playbookVersion,
        title: o.title,
        summary: o.summary,
      },
    },
    machine: machineColumns(opened.view, opened.snapshot),
    bumpVersion: false,
    audit: [entry],
    deadlines: deadlineWrites(opened.effects, null, o.reminderAt),
    statements: [],
    events: [
      outboxEvent('incident.opened', at, {
        incidentId: id,
        playbookId: o.playbookId,
        title: o.title,
        severity: opened.view.severity,
        state: opened.view.state,
      }),
    ],
  };
}

/** A machine step that was accepted, with what it was asked and what the machine was before. */
export interface AcceptedStep {
  event: string;
  note?: string | undefined;
  evidence: Record<string, unknown>;
  snapshot: PersistedIncident;
  view: IncidentView;
  effects: Effect[];
  /** The current deadline before the step: the one its deadline effects speak of. */
  deadlineBefore: CurrentDeadline | null;
  reminderAt: number;
  /** A severity rise a breach caused: the breach stays flagged on the recomputed deadline. */
  causedByBreach?: boolean;
  /** `improve`: its `changes[]` as commitment rows (improveCommitments), named in the audit entry. */
  commitments?: readonly CommitmentWrite[] | undefined;
  /**
   * The incident's complaints by topic, read by the service when {@link digestOccasion} says the step
   * sends `feedback.digest` (entering improve, closing); a step that sends it without one is a bug.
   */
  feedback?: FeedbackDigest | undefined;
  /** What the step read besides the incident, recorded so a replay can judge the evidence again. */
  context?: RecordedStepContext;
}

/**
 * The step context a replay needs from the chain alone (src/domain/replay/): the complaint channels an
 * apology was checked against and the draft a `statementId` named. Other incidents' statements (the
 * canned-statement rule) are not recorded: a replay judges that rule without them.
 */
export interface RecordedStepContext {
  complaintChannels?: readonly string[];
  named?: NamedStatement;
}

/**
 * A machine step (an API transition, complaint-driven escalation or reopen, a breach's severity rise).
 * `guard`: `version` for an optimistic step (applies only to the row as read), `held` under a row lock.
 */
export function planStep(
  row: IncidentHeadState,
  step: AcceptedStep,
  actor: Actor,
  at: Date,
  guard: 'version' | 'held',
): IncidentChange {
  const entry = nextAuditEntry(chainHeadOf(row), {
    at,
    actor,
    action: `incident.${step.event}`,
    fromState: row.state,
    toState: step.view.state,
    data: {
      event: step.event,
      evidence: step.evidence,
      ...(step.note ? { note: step.note } : {}),
      effects: step.effects,
      ...(step.commitments?.length ? { commitmentIds: step.commitments.map((c) => c.id) } : {}),
      ...(step.causedByBreach === true ? { causedByBreach: true } : {}),
      ...(step.context && Object.keys(step.context).length > 0 ? { context: step.context } : {}),
    },
  });
  const machine = machineColumns(step.view, step.snapshot);
  return {
    incidentId: row.id,
    at,
    expect:
      guard === 'version'
        ? { kind: 'version', version: row.version, auditSeq: row.auditSeq }
        : { kind: 'held' },
    machine,
    breached: step.causedByBreach === true || breachedAfter(row, machine.deadlineDueAt),
    bumpVersion: true,
    audit: [entry],
    deadlines: deadlineWrites(step.effects, step.deadlineBefore, step.reminderAt),
    statements: step.effects.flatMap((e) =>
      e.type === 'statement_published' ? [publication(e, step.evidence, actor, at)] : [],
    ),
    events: [...transitionEvents(row, step.event, step.view, at), ...digestEvents(row, step, at)],
    ...(step.commitments?.length ? { commitments: step.commitments } : {}),
    // Stragglers count from the moment the incident entered monitoring or closed: any move starts afresh.
    ...(step.view.state !== row.state ? { resetStragglers: true as const } : {}),
  };
}

/** `feedback.digest` when the step enters improve or closes: the incident's topics, as GET /v1/feedback. */
function digestEvents(row: IncidentHeadState, step: AcceptedStep, at: Date): OutboxEvent[] {
  const occasion = digestOccasion(row.state, step.view.state);
  if (!occasion) return [];
  if (!step.feedback) throw new Error(`feedback.digest (${occasion}) planned without the incident's topics`);
  return [outboxEvent('feedback.digest', at, { incidentId: row.id, occasion, ...step.feedback })];
}

/**
 * A published statement: the approved draft the evidence named moves to `published` (guarded on
 * `approved`), or the inline statement is stored as published at once.
 */
function publication(
  e: Extract<Effect, { type: 'statement_published' }>,
  evidence: Record<string, unknown>,
  actor: Actor,
  at: Date,
): StatementWrite {
  const publishedAt = at.toISOString();
  if (e.statementId !== undefined) {
    return { op: 'update', id: e.statementId, from: ['approved'], set: { status: 'published', publishedAt } };
  }
  const channels = Array.isArray(evidence.channels) ? (evidence.channels as string[]) : [];
  return {
    op: 'insert',
    stage: e.stage,
    text: e.text,
    language: null,
    channels,
    status: 'published',
    author: { actor: actor.name, keyId: actor.keyId },
    createdAt: publishedAt,
    publishedAt,
    checks: [],
    remindAt: null,
  };
}

/** `incident.transitioned` for every step; `incident.escalated` for legal and for a higher severity. */
function transitionEvents(
  row: IncidentHeadState,
  event: string,
  view: IncidentView,
  at: Date,
): OutboxEvent[] {
  const incidentId = row.id;
  const events = [
    outboxEvent('incident.transitioned', at, {
      incidentId,
      event,
      fromState: row.state,
      toState: view.state,
      severity: view.severity,
    }),
  ];
  const raised = severityRank(view.severity) > Math.max(0, severityRank(row.severity as Severity));
  if (event === 'escalate_legal' || raised) {
    events.push(
      outboxEvent('incident.escalated', at, {
        incidentId,
        reason: event === 'escalate_legal' ? 'legal' : 'severity_raised',
        from: row.severity,
        to: view.severity,
      }),
    );
  }
  return events;
}
