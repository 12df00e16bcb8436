import type { AuditEntry } from '../audit/audit-chain.ts';
import { deadlineWrites } from '../deadlines/deadline-writes.ts';
import { breachedAfter } from '../incidents/incident.change.ts';
import type { RecordedStepContext } from '../incidents/incident.plan.ts';
import { openIncident, stepIncident } from '../incidents/incident.step.ts';
import {
  INCIDENT_EVENTS,
  type IncidentEventType,
  type IncidentView,
  type StepContext,
  type StepOutcome,
} from '../incidents/incident.types.ts';
import type { NamedStatement } from '../incidents/statement-evidence.ts';
import { type Playbook, SeveritySchema } from '../playbooks/playbook.schema.ts';
import type { StatementDecision } from '../statements/statement.types.ts';
import { compareWithStored, type StoredIncidentFacts } from './replay-compare.ts';
import { applyDeadlineWrites, type ReplayedDeadline } from './replay-deadlines.ts';

export type { StoredIncidentFacts } from './replay-compare.ts';

/** One point of the replayed walk: after the opening, each machine step and each breach. */
export interface ReplayedState {
  seq: number;
  at: string;
  action: string;
  state: string;
  severity: string;
  deadline: { stage: string; dueAt: string | null; paused: boolean } | null;
  breached: boolean;
}

export interface ReplayDeadline {
  stage: string;
  startedAt: string;
  /** Due as replayed under the version (null: paused, or no replayed counterpart). */
  dueAt: string | null;
  /** Due as stored. */
  actualDueAt: string | null;
  completedAt: string | null;
  /** Breached under the replayed version: completed late, marked by a breach, or open past due at `now`. */
  wouldBreach: boolean;
  /** Breached as stored (a pending row past due reads as breached, as the API shows it). */
  breached: boolean;
}

export interface ReplayResult {
  playbookVersion: string;
  /** False when a step was refused under the version: the walk stops there. */
  complete: boolean;
  states: ReplayedState[];
  deadlines: ReplayDeadline[];
  differences: string[];
}

/**
 * Re-derives an incident from its audit chain alone under `playbook`: opens the machine as the opening
 * entry says, steps it with each recorded event, evidence, clock time and step context, and applies each
 * recorded breach, planning deadline rows with the same functions as the live path. What the stored
 * incident says is used only to name the differences. Pure: `now` judges deadlines still open.
 */
export function replayIncident(
  input: {
    playbook: Playbook;
    playbookVersion: string;
    audit: readonly AuditEntry[];
    stored: StoredIncidentFacts;
  },
  now: Date,
): ReplayResult {
  const { playbook, audit } = input;
  const reminderAt = playbook.escalation.reminderAt;
  const differences: string[] = [];
  const states: ReplayedState[] = [];
  const rows: ReplayedDeadline[] = [];
  const opened = audit[0];
  const severity = SeveritySchema.safeParse(opened?.data.severity);
  if (opened?.action !== 'incident.opened' || !severity.success) {
    differences.push(
      'the chain does not start with an incident.opened entry naming a severity: nothing to replay',
    );
    return { playbookVersion: input.playbookVersion, complete: false, states, deadlines: [], differences };
  }
  const start = openIncident(playbook, { severity: severity.data, now: new Date(opened.at) });
  let { snapshot, view } = start;
  let breached = false;
  applyDeadlineWrites(rows, deadlineWrites(start.effects, null, reminderAt));
  states.push(stateAt(opened, view, breached));
  const decisions = new Map<string, StatementDecision[]>();
  let complete = true;
  for (const entry of audit.slice(1)) {
    if (entry.action === 'statement.decided') recordDecision(decisions, entry);
    if (entry.action === 'deadline.breached') {
      const stage = String(entry.data.stage);
      const open = rows.find((r) => r.stage === stage && r.completedAt === null && r.status === 'pending');
      if (!open?.dueAt || Date.parse(open.dueAt) > Date.parse(entry.at)) {
        differences.push(
          `entry ${entry.seq}: the ${stage} deadline breached at ${entry.at} would not have been due (replayed due ${open?.dueAt ?? 'never'})`,
        );
        continue;
      }
      // As planDeadlineBreach marks it: the row keeps when it was due; the incident is flagged.
      applyDeadlineWrites(rows, [
        { op: 'update', stage, from: ['pending'], set: { status: 'breached', breachedAt: open.dueAt } },
      ]);
      breached = true;
      states.push(stateAt(entry, view, breached));
      continue;
    }
    const step = machineStep(entry);
    if (!step) continue;
    const outcome = stepIncident(
      playbook,
      snapshot,
      { type: step.event, evidence: step.evidence },
      stepContext(entry, step.evidence, decisions),
    );
    if (!outcome.ok) {
      differences.push(
        `entry ${entry.seq}: ${step.event} would be refused under this version: ${refusal(outcome)}`,
      );
      complete = false;
      break;
    }
    const before = view;
    ({ snapshot, view } = outcome);
    applyDeadlineWrites(rows, deadlineWrites(outcome.effects, before.deadline, reminderAt));
    const dueBefore = before.deadline?.dueAt ? new Date(before.deadline.dueAt) : null;
    breached =
      entry.data.causedByBreach === true ||
      breachedAfter({ deadlineDueAt: dueBefore, breached }, view.deadline?.dueAt ?? null);
    if (entry.toState !== view.state) {
      differences.push(
        `entry ${entry.seq}: ${step.event} leads to ${view.state}, the chain recorded ${entry.toState}`,
      );
    }
    states.push(stateAt(entry, view, breached));
  }
  const compared = compareWithStored({ view, breached, rows, complete }, input.stored, now);
  return {
    playbookVersion: input.playbookVersion,
    complete,
    states,
    deadlines: compared.deadlines,
    differences: [...differences, ...compared.differences],
  };
}

/** A machine step on the chain: `incident.<event>` with the event and its evidence in the data. */
function machineStep(
  entry: AuditEntry,
): { event: IncidentEventType; evidence: Record<string, unknown> } | null {
  const event = entry.data.event;
  if (typeof event !== 'string' || entry.action !== `incident.${event}`) return null;
  if (!(INCIDENT_EVENTS as readonly string[]).includes(event)) return null;
  const evidence = entry.data.evidence;
  const given =
    evidence !== null && typeof evidence === 'object' ? (evidence as Record<string, unknown>) : {};
  return { event: event as IncidentEventType, evidence: given };
}

/**
 * The step context as recorded on the entry. Entries written before the context was recorded fall back
 * to what the evidence itself says (the channels it named; the draft it published, with the decisions
 * the chain recorded for it). Other incidents' statements are never recorded: the canned-statement rule
 * is judged without them.
 */
function stepContext(
  entry: AuditEntry,
  evidence: Record<string, unknown>,
  decisions: ReadonlyMap<string, StatementDecision[]>,
): StepContext {
  const recorded = (entry.data.context ?? {}) as RecordedStepContext;
  const channels = Array.isArray(evidence.channels) ? (evidence.channels as string[]) : [];
  return {
    now: new Date(entry.at),
    previousStatements: [],
    complaintChannels: recorded.complaintChannels ?? channels,
    named: recorded.named ?? draftFromEvidence(entry, evidence, channels, decisions),
  };
}

function draftFromEvidence(
  entry: AuditEntry,
  evidence: Record<string, unknown>,
  channels: string[],
  decisions: ReadonlyMap<string, StatementDecision[]>,
): NamedStatement | undefined {
  const id = evidence.statementId;
  const stage = entry.data.event;
  if (typeof id !== 'string' || (stage !== 'apologise' && stage !== 'admit')) return undefined;
  // Narrowed above; a const keeps the literal type for the statement below.
  const statementStage: 'apologise' | 'admit' = stage;
  const statement = {
    id,
    incidentId: entry.incidentId,
    stage: statementStage,
    status: 'approved' as const,
    text: String(evidence.statement ?? ''),
    channels,
    decisions: decisions.get(id) ?? [],
  };
  return { incidentId: entry.incidentId, statement };
}

function recordDecision(decisions: Map<string, StatementDecision[]>, entry: AuditEntry): void {
  const { statementId, decision, note } = entry.data;
  if (typeof statementId !== 'string' || (decision !== 'approve' && decision !== 'reject')) return;
  const list = decisions.get(statementId) ?? [];
  list.push({
    by: { actor: entry.actor, keyId: entry.keyId },
    decision,
    note: typeof note === 'string' ? note : null,
    at: entry.at,
  });
  decisions.set(statementId, list);
}

function refusal(outcome: Extract<StepOutcome, { ok: false }>): string {
  const r = outcome.rejection;
  if (r.kind === 'event_not_allowed')
    return `not accepted in ${r.state} (allowed: ${r.allowedEvents.join(', ')})`;
  return r.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}

function stateAt(entry: AuditEntry, view: IncidentView, breached: boolean): ReplayedState {
  const d = view.deadline;
  return {
    seq: entry.seq,
    at: entry.at,
    action: entry.action,
    state: view.state,
    severity: view.severity,
    deadline: d && { stage: d.stage, dueAt: d.dueAt, paused: d.pausedAt !== null },
    breached,
  };
}
