import { describe, expect, it } from 'vitest';
import {
  buildIncidentMachine,
  INCIDENT_EVENTS,
  type IncidentEventType,
  type IncidentState,
  openIncident,
  stepIncident,
  viewIncident,
} from '../../../src/domain/incidents/index.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';
import { ctxAt, open, ROUTE, step, stepOk, T0, walk } from './incident.helpers.ts';

const playbook = makePlaybook();
const STAGE_EVENTS = ['escalate_legal', 'dismiss', 'set_severity'] as const;

// The "Events and their evidence" table of the public contract, state by state.
const ALLOWED: Record<IncidentState, readonly IncidentEventType[]> = {
  apologise: ['apologise', ...STAGE_EVENTS],
  admit: ['admit', ...STAGE_EVENTS],
  counteract: ['counteract', ...STAGE_EVENTS],
  improve: ['improve', ...STAGE_EVENTS],
  compensate: ['compensate', ...STAGE_EVENTS],
  legal: ['resume', 'dismiss', 'set_severity'],
  monitoring: ['close', 'reopen'],
  dismissed: ['reopen'],
  closed: ['reopen'],
};
const NEXT: Partial<Record<IncidentEventType, IncidentState>> = {
  apologise: 'admit',
  admit: 'counteract',
  counteract: 'improve',
  improve: 'compensate',
  compensate: 'monitoring',
  close: 'closed',
  escalate_legal: 'legal',
  dismiss: 'dismissed',
  reopen: 'apologise',
  resume: 'apologise', // ROUTE.legal escalates from apologise
};

const cases = (Object.keys(ALLOWED) as IncidentState[]).flatMap((state) =>
  INCIDENT_EVENTS.map((event) => ({ state, event, allowed: ALLOWED[state].includes(event) })),
);

describe('stepIncident', () => {
  describe.each(cases.filter((c) => c.allowed))('in $state', ({ state, event }) => {
    it(`should accept ${event} with valid evidence`, () => {
      const outcome = stepOk(playbook, walk(playbook, ROUTE[state]), event);
      expect(outcome.view.state).toBe(NEXT[event] ?? state);
    });
  });

  describe.each(cases.filter((c) => !c.allowed))('in $state', ({ state, event }) => {
    it(`should refuse ${event} as not allowed, listing the allowed events`, () => {
      const snapshot = walk(playbook, ROUTE[state]);
      const before = structuredClone(snapshot);
      const outcome = step(playbook, snapshot, event);
      expect(outcome).toEqual({
        ok: false,
        rejection: { kind: 'event_not_allowed', state, allowedEvents: ALLOWED[state] },
      });
      expect(snapshot).toEqual(before);
    });
  });

  it('should list allowed events in every view exactly as the contract table says', () => {
    for (const state of Object.keys(ALLOWED) as IncidentState[]) {
      expect(viewIncident(playbook, walk(playbook, ROUTE[state])).allowedEvents).toEqual(ALLOWED[state]);
    }
  });

  it('should refuse an event outside the contract as not allowed', () => {
    const outcome = stepIncident(playbook, open(playbook), { type: 'fly' as IncidentEventType }, ctxAt(T0));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.rejection.kind).toBe('event_not_allowed');
  });

  it('should check that the event is allowed before looking at its evidence (409 before 422)', () => {
    const outcome = step(playbook, open(playbook), 'close', { evidence: 'nonsense' });
    expect(!outcome.ok && outcome.rejection.kind).toBe('event_not_allowed');
  });

  it('should leave the snapshot untouched when the evidence is invalid', () => {
    const snapshot = open(playbook);
    const before = structuredClone(snapshot);
    const outcome = step(playbook, snapshot, 'apologise', { evidence: {} });
    expect(!outcome.ok && outcome.rejection.kind).toBe('invalid_evidence');
    expect(snapshot).toEqual(before);
  });

  it('should open a new incident in apologise with its deadline started', () => {
    const opened = openIncident(playbook, { severity: 'high', now: T0 });
    expect(opened.view).toEqual({
      state: 'apologise',
      severity: 'high',
      openedAt: T0.toISOString(),
      deadline: {
        stage: 'apologise',
        startedAt: T0.toISOString(),
        dueAt: '2025-03-03T10:00:00.000Z',
        pausedAt: null,
        remainingMs: null,
      },
      allowedEvents: ALLOWED.apologise,
      completedStages: [],
      legalReturnTo: null,
    });
    expect(opened.effects).toEqual([
      {
        type: 'deadline_started',
        stage: 'apologise',
        startedAt: T0.toISOString(),
        dueAt: '2025-03-03T10:00:00.000Z',
      },
    ]);
  });

  it('should report completing a stage, publishing the statement and starting the next deadline', () => {
    const outcome = stepOk(playbook, open(playbook), 'apologise');
    const statement = outcome.evidence.statement as string;
    expect(outcome.effects).toEqual([
      { type: 'deadline_met', stage: 'apologise', at: T0.toISOString() },
      { type: 'stage_completed', stage: 'apologise', at: T0.toISOString() },
      { type: 'statement_published', stage: 'apologise', text: statement },
      {
        type: 'deadline_started',
        stage: 'admit',
        startedAt: T0.toISOString(),
        dueAt: '2025-03-04T08:00:00.000Z',
      },
    ]);
    expect(outcome.view.completedStages).toEqual(['apologise']);
  });

  it('should reach monitoring only after all five stages, with no deadline left', () => {
    const view = viewIncident(playbook, walk(playbook, ROUTE.monitoring));
    expect(view.completedStages).toEqual(['apologise', 'admit', 'counteract', 'improve', 'compensate']);
    expect(view.deadline).toBeNull();
  });

  it('should return the normalised evidence, and refuse unknown fields at any depth', () => {
    const at = walk(playbook, ROUTE.counteract);
    const outcome = stepOk(playbook, at, 'counteract', {
      evidence: { actions: [{ description: '  Ship by express.  ', owner: 'Ops' }] },
    });
    expect(outcome.evidence).toEqual({ actions: [{ description: 'Ship by express.', owner: 'Ops' }] });
    const refused = step(playbook, at, 'counteract', {
      evidence: {
        actions: [{ description: 'Ship by express.', owner: 'Ops', ticket: 'T-1' }],
        note: { a: 1 },
      },
    });
    expect(
      refused.ok
        ? []
        : refused.rejection.kind === 'invalid_evidence'
          ? refused.rejection.errors.map((e) => e.field)
          : [],
    ).toEqual(['evidence.note', 'evidence.actions[0].ticket']);
  });

  it('should produce plain JSON snapshots that step exactly like the original after a JSON round trip', () => {
    const snapshot = walk(playbook, ['apologise', 'escalate_legal']);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    const fromJson = JSON.parse(JSON.stringify(snapshot));
    const next = (s: typeof snapshot) => step(playbook, s, 'resume', { now: new Date(T0.getTime() + 5_000) });
    expect(next(fromJson)).toEqual(next(snapshot));
  });

  it('should refuse a snapshot in an unknown state or with a corrupt context', () => {
    const snapshot = open(playbook);
    expect(() => viewIncident(playbook, { ...snapshot, value: 'limbo' })).toThrow(/unknown state/);
    expect(() => viewIncident(playbook, { ...snapshot, context: { severity: 'huge' } })).toThrow();
  });

  it('should build one machine per playbook object', () => {
    expect(buildIncidentMachine(playbook)).toBe(buildIncidentMachine(playbook));
    expect(buildIncidentMachine(makePlaybook())).not.toBe(buildIncidentMachine(playbook));
  });
});
