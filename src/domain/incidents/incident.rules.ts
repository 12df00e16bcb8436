import { addWorkingTime, workingTimeBetween } from '../deadlines/calendar.ts';
import { parseIsoDuration } from '../deadlines/duration.ts';
import type { Playbook, Severity, Stage } from '../playbooks/playbook.schema.ts';
import { STAGES } from '../playbooks/playbook.schema.ts';
import type { IncidentContext, IncidentMachineEvent, StoredDeadline } from './incident.events.ts';
import type { Effect } from './incident.types.ts';

/** A context update and the effects it implies; what every machine action computes. */
export interface Change {
  context: IncidentContext;
  effects: Effect[];
}

/**
 * When the deadline is due: the stage's duration for the severity, plus the working time spent paused, in
 * working time from the anchor (`deadlineFrom: opened` → start of the current walk, else stage entry).
 */
function dueAt(playbook: Playbook, ctx: IncidentContext, deadline: StoredDeadline, severity: Severity): Date {
  const stage = playbook.stages[deadline.stage];
  const from = stage.deadlineFrom === 'opened' ? ctx.cycleStartedAt : deadline.startedAt;
  const duration = parseIsoDuration(stage.deadlines[severity]);
  return addWorkingTime(new Date(from), duration + deadline.pausedWorkMs, playbook.calendar);
}

/** Starts the deadline of `stage` at `now`. */
export function startDeadline(playbook: Playbook, ctx: IncidentContext, stage: Stage, now: string): Change {
  const fresh: StoredDeadline = {
    stage,
    startedAt: now,
    dueAt: null,
    pausedAt: null,
    remainingMs: null,
    pausedWorkMs: 0,
  };
  const due = dueAt(playbook, ctx, fresh, ctx.severity).toISOString();
  return {
    context: { ...ctx, deadline: { ...fresh, dueAt: due } },
    effects: [{ type: 'deadline_started', stage, startedAt: now, dueAt: due }],
  };
}

/** Completes `from` with its (already validated) evidence and starts the next stage's deadline, if any. */
export function advance(
  playbook: Playbook,
  ctx: IncidentContext,
  event: IncidentMachineEvent,
  from: Stage,
  to: Stage | null,
): Change {
  const at = event.now;
  const effects: Effect[] = [];
  if (ctx.deadline) effects.push({ type: 'deadline_met', stage: ctx.deadline.stage, at });
  effects.push({ type: 'stage_completed', stage: from, at });
  if (from === 'apologise' || from === 'admit') {
    const { statement, statementId } = event.evidence;
    effects.push({
      type: 'statement_published',
      stage: from,
      text: String(statement),
      ...(typeof statementId === 'string' ? { statementId } : {}),
    });
  }
  const completed: IncidentContext = {
    ...ctx,
    completedStages: STAGES.filter((stage) => stage === from || ctx.completedStages.includes(stage)),
    deadline: null,
  };
  if (to === null) return { context: completed, effects };
  const started = startDeadline(playbook, completed, to, at);
  return { context: started.context, effects: [...effects, ...started.effects] };
}

/** Enters legal from `from`: the deadline stops with the working time it had left (none if already breached). */
export function escalate(
  playbook: Playbook,
  ctx: IncidentContext,
  event: IncidentMachineEvent,
  from: Stage,
): Change {
  const deadline = ctx.deadline;
  const context: IncidentContext = { ...ctx, legalReturnTo: from };
  if (!deadline?.dueAt) return { context, effects: [] };
  const left = workingTimeBetween(new Date(event.now), new Date(deadline.dueAt), playbook.calendar);
  const remainingMs = Math.max(0, left);
  return {
    context: { ...context, deadline: { ...deadline, dueAt: null, pausedAt: event.now, remainingMs } },
    effects: [{ type: 'deadline_paused', stage: deadline.stage, at: event.now, remainingMs }],
  };
}

/** Leaves legal: the deadline runs again with the working time that was left. */
export function resume(playbook: Playbook, ctx: IncidentContext, event: IncidentMachineEvent): Change {
  const deadline = ctx.deadline;
  const context: IncidentContext = { ...ctx, legalReturnTo: null };
  if (!deadline?.pausedAt || deadline.remainingMs === null) return { context, effects: [] };
  const now = new Date(event.now);
  const due = addWorkingTime(now, deadline.remainingMs, playbook.calendar).toISOString();
  const paused = Math.max(0, workingTimeBetween(new Date(deadline.pausedAt), now, playbook.calendar));
  return {
    context: {
      ...context,
      deadline: {
        ...deadline,
        dueAt: due,
        pausedAt: null,
        remainingMs: null,
        pausedWorkMs: deadline.pausedWorkMs + paused,
      },
    },
    effects: [{ type: 'deadline_resumed', stage: deadline.stage, at: event.now, dueAt: due }],
  };
}

/** Dismisses the incident: the current deadline, running or paused, is cancelled. */
export function dismiss(ctx: IncidentContext, event: IncidentMachineEvent): Change {
  const effects: Effect[] = ctx.deadline
    ? [{ type: 'deadline_cancelled', stage: ctx.deadline.stage, at: event.now }]
    : [];
  return { context: { ...ctx, deadline: null, legalReturnTo: null }, effects };
}

/**
 * The stage a reopen returns to: the playbook's `reopenTo`, or an earlier stage never completed (a dismissed
 * incident may not have got that far), so that no 5P step is ever skipped.
 */
export function reopenTarget(playbook: Playbook, ctx: IncidentContext): Stage {
  const firstOpen = STAGES.find((stage) => !ctx.completedStages.includes(stage));
  if (firstOpen === undefined) return playbook.reopenTo;
  return STAGES.indexOf(firstOpen) < STAGES.indexOf(playbook.reopenTo) ? firstOpen : playbook.reopenTo;
}

/** Reopens at `to`: completion of `to` and every later stage is cleared, and a new walk starts now. */
export function reopen(
  playbook: Playbook,
  ctx: IncidentContext,
  event: IncidentMachineEvent,
  to: Stage,
): Change {
  const before = STAGES.slice(0, STAGES.indexOf(to));
  const context: IncidentContext = {
    ...ctx,
    completedStages: ctx.completedStages.filter((stage) => before.includes(stage)),
    // A reopened incident's `opened`-anchored deadlines count from the reopen, or they would be born breached.
    cycleStartedAt: event.now,
    legalReturnTo: null,
  };
  return startDeadline(playbook, context, to, event.now);
}

/** Changes the severity and recomputes the current deadline (or, paused in legal, the working time left). */
export function changeSeverity(
  playbook: Playbook,
  ctx: IncidentContext,
  event: IncidentMachineEvent,
): Change {
  const to = event.evidence.severity as Severity;
  const effects: Effect[] = [
    { type: 'severity_changed', from: ctx.severity, to, reason: String(event.evidence.reason) },
  ];
  const context: IncidentContext = { ...ctx, severity: to };
  const deadline = ctx.deadline;
  if (!deadline) return { context, effects };
  const due = dueAt(playbook, ctx, deadline, to);
  if (deadline.pausedAt !== null) {
    const remainingMs = Math.max(0, workingTimeBetween(new Date(deadline.pausedAt), due, playbook.calendar));
    effects.push({ type: 'deadline_rescheduled', stage: deadline.stage, dueAt: null, remainingMs });
    return { context: { ...context, deadline: { ...deadline, remainingMs } }, effects };
  }
  const dueIso = due.toISOString();
  effects.push({ type: 'deadline_rescheduled', stage: deadline.stage, dueAt: dueIso, remainingMs: null });
  return { context: { ...context, deadline: { ...deadline, dueAt: dueIso } }, effects };
}
