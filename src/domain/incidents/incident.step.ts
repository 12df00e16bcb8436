import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import type { Playbook, Severity } from '../playbooks/playbook.schema.ts';
import { IncidentContextSchema, type IncidentMachineEvent } from './incident.events.ts';
import { validateEvidence } from './incident.evidence.ts';
import { buildIncidentMachine, type IncidentMachine } from './incident.machine.ts';
import {
  type CurrentDeadline,
  type Effect,
  INCIDENT_EVENTS,
  type IncidentCommand,
  type IncidentEventType,
  type IncidentState,
  type IncidentView,
  type PersistedIncident,
  type StepContext,
  type StepOutcome,
} from './incident.types.ts';

type IncidentSnapshot = SnapshotFrom<IncidentMachine>;

/** Opens an incident at `input.now`: state `apologise`, with the apology's deadline started. */
export function openIncident(
  playbook: Playbook,
  input: { severity: Severity; now: Date },
): { snapshot: PersistedIncident; view: IncidentView; effects: Effect[] } {
  const machine = buildIncidentMachine(playbook);
  const [snapshot, actions] = initialTransition(machine, {
    severity: input.severity,
    now: input.now.toISOString(),
  });
  return {
    snapshot: persist(machine, snapshot),
    view: toView(machine, snapshot),
    effects: effectsOf(actions),
  };
}

/**
 * Applies one command to a persisted incident. Refusals come in the contract's order: an event the state
 * does not accept (409) before evidence that does not satisfy it (422). A refusal never touches the
 * snapshot; an accepted step returns a new one, the view, the effects to record and the normalised evidence.
 */
export function stepIncident(
  playbook: Playbook,
  snapshot: PersistedIncident,
  command: IncidentCommand,
  ctx: StepContext,
): StepOutcome {
  const machine = buildIncidentMachine(playbook);
  const current = restore(machine, snapshot);
  const state = current.value as IncidentState;
  const allowedEvents = allowedEventsIn(machine, state);
  if (!allowedEvents.includes(command.type)) {
    return { ok: false, rejection: { kind: 'event_not_allowed', state, allowedEvents } };
  }
  const checked = validateEvidence(playbook, command.type, command.evidence, {
    severity: current.context.severity,
    previousStatements: ctx.previousStatements,
    complaintChannels: ctx.complaintChannels,
    named: ctx.named,
    now: ctx.now,
  });
  if (!checked.ok) return { ok: false, rejection: { kind: 'invalid_evidence', errors: checked.errors } };
  const event: IncidentMachineEvent = {
    type: command.type,
    now: ctx.now.toISOString(),
    evidence: checked.evidence,
    previousStatements: [...ctx.previousStatements],
    complaintChannels: [...ctx.complaintChannels],
    ...(ctx.named ? { named: ctx.named } : {}),
  };
  const [next, actions] = transition(machine, current, event);
  // xstate returns the very same snapshot object when no transition is enabled. With the evidence already
  // validated that cannot happen unless the guards and the validator disagree: refuse rather than guess.
  if (next === current) return { ok: false, rejection: { kind: 'event_not_allowed', state, allowedEvents } };
  return {
    ok: true,
    snapshot: persist(machine, next),
    view: toView(machine, next),
    effects: effectsOf(actions),
    evidence: checked.evidence,
  };
}

/** The view of a persisted incident (state, severity, deadline, allowed events…). */
export function viewIncident(playbook: Playbook, snapshot: PersistedIncident): IncidentView {
  const machine = buildIncidentMachine(playbook);
  return toView(machine, restore(machine, snapshot));
}

/** True when the deadline has a due time and `now` is past it; a paused deadline (no `dueAt`) never breaches. */
export function isBreached(deadline: CurrentDeadline | null, now: Date): boolean {
  return deadline?.dueAt != null && now.getTime() > Date.parse(deadline.dueAt);
}

const allowedCache = new WeakMap<IncidentMachine, Map<string, IncidentEventType[]>>();

/**
 * Events the state accepts, read from the machine definition (each state node's own events), in the
 * contract's order. Evidence guards are deliberately ignored: an event with bad evidence is allowed but
 * refused as invalid evidence (422), not as an event the state does not know (409).
 */
export function allowedEventsIn(machine: IncidentMachine, state: IncidentState): IncidentEventType[] {
  let byState = allowedCache.get(machine);
  if (!byState) {
    byState = new Map();
    for (const [name, node] of Object.entries(machine.root.states)) {
      const own = new Set<string>(node.ownEvents);
      byState.set(
        name,
        INCIDENT_EVENTS.filter((event) => own.has(event)),
      );
    }
    allowedCache.set(machine, byState);
  }
  return [...(byState.get(state) ?? [])];
}

/**
 * Restores a persisted snapshot. The context is parsed (dates stay ISO strings) so that a corrupt row fails
 * loudly here instead of as a wrong deadline later; `resolveState` throws on an unknown state.
 */
function restore(machine: IncidentMachine, snapshot: PersistedIncident): IncidentSnapshot {
  const value = snapshot.value;
  if (typeof value !== 'string' || !Object.hasOwn(machine.root.states, value)) {
    throw new Error(`not an incident snapshot: unknown state ${JSON.stringify(value)}`);
  }
  return machine.resolveState({ value, context: IncidentContextSchema.parse(snapshot.context) });
}

/** Plain JSON (no `undefined` members, no shared references), as it will come back from jsonb. */
function persist(machine: IncidentMachine, snapshot: IncidentSnapshot): PersistedIncident {
  return JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot))) as PersistedIncident;
}

function toView(machine: IncidentMachine, snapshot: IncidentSnapshot): IncidentView {
  const { context } = snapshot;
  const state = snapshot.value as IncidentState;
  const deadline = context.deadline;
  return {
    state,
    severity: context.severity,
    openedAt: context.openedAt,
    deadline: deadline && {
      stage: deadline.stage,
      startedAt: deadline.startedAt,
      dueAt: deadline.dueAt,
      pausedAt: deadline.pausedAt,
      remainingMs: deadline.remainingMs,
    },
    allowedEvents: allowedEventsIn(machine, state),
    completedStages: [...context.completedStages],
    legalReturnTo: context.legalReturnTo,
  };
}

function effectsOf(actions: readonly { type: string; params?: unknown }[]): Effect[] {
  return actions.filter((action) => action.type === 'effect').map((action) => action.params as Effect);
}
