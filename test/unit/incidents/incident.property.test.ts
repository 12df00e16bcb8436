import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  allowedEventsIn,
  buildIncidentMachine,
  INCIDENT_EVENTS,
  type IncidentEventType,
  type IncidentMachineEvent,
  type IncidentView,
  isBreached,
  openIncident,
  type StepContext,
  stepIncident,
  validateEvidence,
  viewIncident,
} from '../../../src/domain/incidents/index.ts';
import {
  type Playbook,
  SEVERITIES,
  STAGES,
  type Stage,
} from '../../../src/domain/playbooks/playbook.schema.ts';
import { loadPlaybooks } from '../../../src/services/playbook-loader.ts';
import { validEvidence } from '../../fixtures/evidence.fixture.ts';
import { makeBusinessHoursPlaybook, makePlaybook } from '../../fixtures/playbook.fixture.ts';

const MINUTE = 60_000;
let playbooks: Playbook[] = [];

beforeAll(async () => {
  const shipped = await loadPlaybooks(join(import.meta.dirname, '../../../playbooks'));
  playbooks = [
    makePlaybook(),
    makeBusinessHoursPlaybook({ reopenTo: 'counteract', stages: { counteract: { deadlineFrom: 'opened' } } }),
    ...shipped.map((loaded) => loaded.playbook),
  ];
});

/**
 * One random command: mostly an event the state allows (index into allowedEvents, so walks get deep),
 * otherwise any event; with valid, empty, junk or damaged evidence; after a random wait.
 */
const command = fc.record({
  event: fc.oneof(
    // allowedEvents lists a 5P stage's own (progress) event first: favour it so walks reach the end.
    {
      weight: 3,
      arbitrary: fc.record({ allowedIndex: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, fc.nat()) }),
    },
    fc.record({ any: fc.constantFrom(...INCIDENT_EVENTS) }),
  ),
  evidence: fc.oneof(
    { weight: 6, arbitrary: fc.constant({ kind: 'valid' as const }) },
    fc.constant({ kind: 'empty' as const }),
    fc.record({ kind: fc.constant('damaged' as const), drop: fc.nat() }),
    fc.record({ kind: fc.constant('junk' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  ),
  toSeverity: fc.constantFrom(...SEVERITIES),
  offerShare: fc.double({ min: 0, max: 1.5, noNaN: true }),
  waitMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 * 24 * 60 })),
});
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

/** The progress event with valid evidence, no wait: six in a row walk a new incident to `closed`. */
const progress: Command = {
  event: { allowedIndex: 0 },
  evidence: { kind: 'valid' },
  toSeverity: 'low',
  offerShare: 0,
  waitMinutes: 0,
};

/**
 * Random sequences, half of them after a full walk to `closed`: random commands alone reach the end
 * states only by luck, and the invariants must be exercised there on every run.
 */
const commandSequence = fc.oneof(
  fc.array(command, { maxLength: 40 }),
  fc.array(command, { maxLength: 30 }).map((rest) => [...Array<Command>(6).fill(progress), ...rest]),
);

function eventOf(cmd: Command, view: IncidentView): IncidentEventType {
  if ('any' in cmd.event) return cmd.event.any;
  return view.allowedEvents[cmd.event.allowedIndex % view.allowedEvents.length]!;
}

function evidenceFor(
  playbook: Playbook,
  view: IncidentView,
  type: IncidentEventType,
  cmd: Command,
  channels: readonly string[],
): unknown {
  const valid = validEvidence(type, {
    playbook,
    severity: view.severity,
    complaintChannels: channels,
    toSeverity: cmd.toSeverity,
  });
  if (type === 'compensate' && cmd.offerShare > 0.5) {
    const ceiling = playbook.compensation.ceilings[view.severity];
    const value = Math.round(ceiling.amount * cmd.offerShare * 100) / 100;
    valid.offer = { ...(valid.offer as object), value, currency: ceiling.currency };
  }
  switch (cmd.evidence.kind) {
    case 'valid':
      return valid;
    case 'empty':
      return {};
    case 'junk':
      return cmd.evidence.value;
    case 'damaged': {
      const keys = Object.keys(valid);
      if (keys.length === 0) return valid;
      const { [keys[cmd.evidence.drop % keys.length]!]: _dropped, ...rest } = valid;
      return rest;
    }
  }
}

const isStage = (state: string): state is Stage => (STAGES as readonly string[]).includes(state);
const prefix = (stage: Stage) => STAGES.slice(0, STAGES.indexOf(stage));

/** Invariants every reachable view must hold, whatever happened before. */
function checkView(view: IncidentView, now: Date): void {
  if (isStage(view.state)) {
    expect(view.completedStages).toEqual(prefix(view.state));
    expect(view.deadline).toMatchObject({ stage: view.state, pausedAt: null, remainingMs: null });
    expect(view.deadline?.dueAt).not.toBeNull();
  } else if (view.state === 'legal') {
    expect(view.legalReturnTo).not.toBeNull();
    expect(view.completedStages).toEqual(prefix(view.legalReturnTo!));
    expect(view.deadline).toMatchObject({ stage: view.legalReturnTo, dueAt: null });
    expect(view.deadline?.remainingMs).toBeGreaterThanOrEqual(0);
    expect(isBreached(view.deadline, new Date(now.getTime() + 1e12))).toBe(false);
  } else {
    expect(view.deadline).toBeNull();
    expect(view.legalReturnTo).toBeNull();
    if (view.state === 'dismissed')
      expect(view.completedStages).toEqual(STAGES.slice(0, view.completedStages.length));
    else expect(view.completedStages).toEqual([...STAGES]);
  }
}

describe('stepIncident (properties)', () => {
  const visited = new Set<string>();

  it('should hold the 5P invariants over random event sequences, evidence and clock advances', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom(...SEVERITIES),
        fc.subarray(['facebook', 'x', 'email', 'review']),
        commandSequence,
        (pick, severity, channels, commands) => {
          const playbook = playbooks[pick % playbooks.length]!;
          const machine = buildIncidentMachine(playbook);
          let now = new Date(Date.UTC(2025, 2, 3, 8));
          let snapshot = openIncident(playbook, { severity, now }).snapshot;
          // The same incident kept as a live xstate snapshot, never persisted: the reference for round trips.
          let live = initialTransition(machine, { severity, now: now.toISOString() })[0];
          // Stages completed with evidence this test itself judged valid, since the last reopen.
          const earned = new Set<Stage>();
          const published: string[] = [];
          for (const cmd of commands) {
            now = new Date(now.getTime() + cmd.waitMinutes * MINUTE);
            const before = viewIncident(playbook, snapshot);
            const type = eventOf(cmd, before);
            const frozen = structuredClone(snapshot);
            const evidence = evidenceFor(playbook, before, type, cmd, channels);
            const ctx: StepContext = { now, previousStatements: [...published], complaintChannels: channels };
            const outcome = stepIncident(playbook, snapshot, { type, evidence }, ctx);

            // A snapshot restored from JSON steps exactly like the original, and stepping never mutates it.
            expect(
              stepIncident(playbook, JSON.parse(JSON.stringify(snapshot)), { type, evidence }, ctx),
            ).toEqual(outcome);
            expect(snapshot).toEqual(frozen);

            // Accepted exactly when the state allows the event and the evidence is valid.
            const allowed = allowedEventsIn(machine, before.state).includes(type);
            const valid = validateEvidence(playbook, type, evidence, {
              severity: before.severity,
              ...ctx,
            }).ok;
            expect(outcome.ok).toBe(allowed && valid);
            const machineEvent = (given: unknown): IncidentMachineEvent => ({
              type,
              now: now.toISOString(),
              evidence: given as Record<string, unknown>,
              previousStatements: ctx.previousStatements,
              complaintChannels: ctx.complaintChannels,
            });
            if (!outcome.ok) {
              expect(outcome.rejection.kind).toBe(allowed ? 'invalid_evidence' : 'event_not_allowed');
              // Defence in depth: the machine's own guards refuse it too (same snapshot object back).
              expect(transition(machine, live, machineEvent(evidence))[0]).toBe(live);
              continue;
            }
            [live] = transition(machine, live, machineEvent(outcome.evidence));
            expect(JSON.parse(JSON.stringify(machine.getPersistedSnapshot(live)))).toEqual(outcome.snapshot);
            const after = outcome.view;
            if (before.state === 'closed') expect(type).toBe('reopen');
            if (isStage(before.state) && isStage(after.state) && after.state !== before.state) {
              expect(STAGES.indexOf(after.state)).toBe(STAGES.indexOf(before.state) + 1);
            }
            if (isStage(type)) earned.add(type);
            if (type === 'reopen')
              for (const stage of STAGES) if (!after.completedStages.includes(stage)) earned.delete(stage);
            if (after.state === 'monitoring') expect([...earned].sort()).toEqual([...STAGES].sort());
            expect(after.completedStages.every((stage) => earned.has(stage))).toBe(true);
            checkView(after, now);
            visited.add(`${before.state} ${type} ${after.state}`);
            for (const effect of outcome.effects)
              if (effect.type === 'statement_published') published.push(effect.text);
            snapshot = outcome.snapshot;
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('should have explored every state, so the invariants above were tested everywhere', () => {
    const reached = new Set([...visited].map((transition) => transition.split(' ')[2]));
    expect([...reached].sort()).toEqual([
      'admit',
      'apologise',
      'closed',
      'compensate',
      'counteract',
      'dismissed',
      'improve',
      'legal',
      'monitoring',
    ]);
  });
});
