import { and, enqueueActions, setup } from 'xstate';
import type { Playbook, Stage } from '../playbooks/playbook.schema.ts';
import { STAGES } from '../playbooks/playbook.schema.ts';
import type { IncidentContext, IncidentInput, IncidentMachineEvent } from './incident.events.ts';
import { validateEvidence } from './incident.evidence.ts';
import * as rules from './incident.rules.ts';
import type { Effect } from './incident.types.ts';

const machines = new WeakMap<Playbook, ReturnType<typeof createIncidentMachine>>();

/**
 * The incident state machine of `playbook`, memoised per playbook object. States are flat: the five 5P
 * stages (each named after the step due next), `legal`, `monitoring`, `dismissed` and `closed`; none is
 * final, because every end can be reopened. Actions compute context and effects with the pure helpers in
 * incident.rules.ts and hand the effects back as `effect` actions, which `transition()` returns unexecuted.
 */
export function buildIncidentMachine(playbook: Playbook) {
  let machine = machines.get(playbook);
  if (!machine) {
    machine = createIncidentMachine(playbook);
    machines.set(playbook, machine);
  }
  return machine;
}

/** The machine's type, for code that holds one. */
export type IncidentMachine = ReturnType<typeof buildIncidentMachine>;

function createIncidentMachine(playbook: Playbook) {
  const incidentSetup = setup({
    types: {
      context: {} as IncidentContext,
      events: {} as IncidentMachineEvent,
      input: {} as IncidentInput,
    },
    guards: {
      /** Defence in depth: the step validates first, but the machine never moves on invalid evidence. */
      evidenceValid: ({ context, event }) =>
        validateEvidence(playbook, event.type, event.evidence, {
          severity: context.severity,
          previousStatements: event.previousStatements,
          complaintChannels: event.complaintChannels,
          named: event.named,
          now: new Date(event.now),
        }).ok,
      returnsTo: ({ context }, params: { stage: Stage }) => context.legalReturnTo === params.stage,
      reopensTo: ({ context }, params: { stage: Stage }) =>
        rules.reopenTarget(playbook, context) === params.stage,
    },
    actions: {
      /** Carries one Effect out of `transition()`; nothing to execute here, the service acts on it. */
      effect: (_, _effect: Effect) => {},
    },
  });
  // Applies a rules.Change: assign the new context, then report each effect as an `effect` action, which
  // `transition()` hands back unexecuted. Built with createAction so `enqueue` knows the `effect` action.
  const change = (compute: (context: IncidentContext, event: IncidentMachineEvent) => rules.Change) =>
    incidentSetup.createAction(
      enqueueActions(({ context, event, enqueue }) => {
        const result = compute(context, event);
        enqueue.assign(result.context);
        for (const effect of result.effects) enqueue({ type: 'effect', params: effect });
      }),
    );

  const advance = (from: Stage, to: Stage | 'monitoring') => ({
    target: to,
    guard: 'evidenceValid' as const,
    actions: change((ctx, ev) => rules.advance(playbook, ctx, ev, from, to === 'monitoring' ? null : to)),
  });
  const dismiss = { target: 'dismissed', guard: 'evidenceValid', actions: change(rules.dismiss) } as const;
  const setSeverity = {
    guard: 'evidenceValid',
    actions: change((ctx, ev) => rules.changeSeverity(playbook, ctx, ev)),
  } as const;
  // Every 5P stage can go to legal, be dismissed or change severity, besides completing its own step.
  const around = (stage: Stage) => ({
    escalate_legal: {
      target: 'legal' as const,
      guard: 'evidenceValid' as const,
      actions: change((ctx, ev) => rules.escalate(playbook, ctx, ev, stage)),
    },
    dismiss,
    set_severity: setSeverity,
  });
  const reopenAt = (to: Stage) => change((ctx, ev) => rules.reopen(playbook, ctx, ev, to));
  const reopen = {
    target: playbook.reopenTo,
    guard: 'evidenceValid',
    actions: reopenAt(playbook.reopenTo),
  } as const;

  return incidentSetup.createMachine({
    id: `incident:${playbook.id}`,
    context: ({ input }) => ({
      severity: input.severity,
      openedAt: input.now,
      cycleStartedAt: input.now,
      completedStages: [],
      legalReturnTo: null,
      deadline: null,
    }),
    // Root entry runs once, when the incident opens; re-entering `apologise` (reopen, resume) must not.
    entry: change((ctx) => rules.startDeadline(playbook, ctx, 'apologise', ctx.openedAt)),
    initial: 'apologise',
    states: {
      apologise: { on: { apologise: advance('apologise', 'admit'), ...around('apologise') } },
      admit: { on: { admit: advance('admit', 'counteract'), ...around('admit') } },
      counteract: { on: { counteract: advance('counteract', 'improve'), ...around('counteract') } },
      improve: { on: { improve: advance('improve', 'compensate'), ...around('improve') } },
      compensate: { on: { compensate: advance('compensate', 'monitoring'), ...around('compensate') } },
      legal: {
        on: {
          resume: STAGES.map((stage) => ({
            target: stage,
            guard: and(['evidenceValid', { type: 'returnsTo', params: { stage } }]),
            actions: change((ctx, ev) => rules.resume(playbook, ctx, ev)),
          })),
          dismiss,
          set_severity: setSeverity,
        },
      },
      monitoring: { on: { close: { target: 'closed', guard: 'evidenceValid' }, reopen } },
      // A dismissed incident may have stopped before `reopenTo`: it returns to the first stage it never completed.
      dismissed: {
        on: {
          reopen: STAGES.slice(0, STAGES.indexOf(playbook.reopenTo) + 1).map((stage) => ({
            target: stage,
            guard: and(['evidenceValid', { type: 'reopensTo', params: { stage } }]),
            actions: reopenAt(stage),
          })),
        },
      },
      closed: { on: { reopen } },
    },
  });
}
